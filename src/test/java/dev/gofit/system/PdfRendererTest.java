package dev.gofit.system;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The PDF renderer loads no external resource at all, embeds its own font and draws inline SVG. */
class PdfRendererTest {

    private final PdfRenderer renderer = new PdfRenderer();

    @Test
    void hostileDocumentMakesNoRequestAndEmbedsNoFile(@TempDir Path dir) throws Exception {
        Path secretPng = dir.resolve("secret.png");
        BufferedImage red = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(red, "png", secretPng.toFile());
        Path secretText = dir.resolve("secret.css");
        Files.writeString(secretText, "body:after { content: \"GOFIT-SECRET-MARKER\" }");
        String pngData = "data:image/png;base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(secretPng));
        try (LoopbackListener listener = new LoopbackListener()) {
            String xhtml = """
                    <html xmlns="http://www.w3.org/1999/xhtml"><head>
                    <link rel="stylesheet" href="%1$s" />
                    <link rel="stylesheet" href="%6$s" />
                    <style>
                    @import url(%2$s);
                    @import url(%6$s);
                    @font-face { font-family: evil; src: url(%3$s); }
                    body { font-family: evil; background-image: url(%4$s); }
                    p.f { background-image: url(%5$s); }
                    </style></head><body>
                    <p class="f">Hostile</p>
                    <img src="%4$s" /><img src="%5$s" /><img src="%7$s" /><img src="jar:%5$s!/x.png" />
                    <object data="%5$s" type="image/png"></object>
                    <a href="%5$s" download="s.png" relationship="Source">embedded</a>
                    <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="40" height="40">
                      <image href="%4$s" xlink:href="%4$s" width="40" height="40" />
                    </svg>
                    </body></html>
                    """.formatted(listener.url("/style.css"), listener.url("/import.css"), listener.url("/font.ttf"),
                    listener.url("/x.png"), secretPng.toUri(), secretText.toUri(), pngData);

            byte[] pdf = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> renderer.render(xhtml));

            assertThat(listener.connections()).as("connections to the loopback listener").isZero();
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                assertThat(images(doc)).as("images embedded in the PDF").isEmpty();
                assertThat(doc.getDocumentCatalog().getNames() == null
                        || doc.getDocumentCatalog().getNames().getEmbeddedFiles() == null).as("no attached files").isTrue();
                assertThat(new PDFTextStripper().getText(doc)).contains("Hostile").doesNotContain("GOFIT-SECRET-MARKER");
            }
        }
    }

    @Test
    void printsArrowsEllipsisAndNonLatinNamesWithTheBundledFont() throws IOException {
        byte[] pdf = renderer.render("""
                <html xmlns="http://www.w3.org/1999/xhtml"><head><style>body { font-family: sans-serif; }</style></head>
                <body><p>Go → Rust … Łukasz Żółć, Ψυχή, Дмитрий</p><p><b>Bold → too</b></p></body></html>""");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Go → Rust …", "Łukasz Żółć", "Ψυχή", "Дмитрий", "Bold → too");
            assertThat(fontNames(doc)).anyMatch(n -> n.contains("DejaVuSans"));
        }
    }

    @Test
    void inlineSvgIsDrawn() throws IOException {
        byte[] pdf = renderer.render("""
                <html xmlns="http://www.w3.org/1999/xhtml"><body><p>Chart</p>
                <svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100">
                  <rect x="0" y="0" width="200" height="100" fill="#ff0000" />
                </svg></body></html>""");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 36);
            boolean red = false;
            for (int y = 0; y < page.getHeight() && !red; y++) {
                for (int x = 0; x < page.getWidth() && !red; x++) {
                    int rgb = page.getRGB(x, y) & 0xffffff;
                    red = rgb == 0xff0000;
                }
            }
            assertThat(red).as("the SVG's red rectangle is on the page").isTrue();
        }
    }

    private static List<PDImageXObject> images(PDDocument doc) throws IOException {
        List<PDImageXObject> found = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            collect(page.getResources(), found, 0);
        }
        return found;
    }

    private static void collect(PDResources resources, List<PDImageXObject> found, int depth) throws IOException {
        if (resources == null || depth > 5) {
            return;
        }
        for (COSName name : resources.getXObjectNames()) {
            var x = resources.getXObject(name);
            if (x instanceof PDImageXObject image) {
                found.add(image);
            } else if (x instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
                collect(form.getResources(), found, depth + 1);
            }
        }
    }

    private static List<String> fontNames(PDDocument doc) throws IOException {
        List<String> names = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            for (COSName n : page.getResources().getFontNames()) {
                names.add(page.getResources().getFont(n).getName());
            }
        }
        return names;
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }
}
