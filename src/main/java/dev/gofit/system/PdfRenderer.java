package dev.gofit.system;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Renders an XHTML document (a Qute template rendered to a string) to PDF bytes with
 * openhtmltopdf. Templates for PDF must be well-formed XHTML and carry their own CSS
 * (see templates/pdf-layout.html).
 * <p>
 * A PDF loads <b>no external resource at all</b>: the only things it may read are GoFit's own
 * bundled files on the class path ({@code pdf/} fonts and {@code META-INF/resources/img/}).
 * Every other address (http(s), file:, jar:, data:, anything) is refused before it is opened,
 * so rendering never makes a request, never reads the server's disk and never waits on a
 * network. http(s) and mailto addresses survive only as link targets in the PDF.
 * <p>
 * Text is set in the bundled DejaVu Sans (arrows, ellipses, Latin, Greek and Cyrillic names): by
 * name ({@link #FONT_FAMILY}, which pdf-layout.html asks for) and as the fallback for any glyph
 * another family lacks;
 * inline SVG (charts) is drawn with Batik, also without external resources or scripts.
 */
@ApplicationScoped
public class PdfRenderer {

    /** The family name of the bundled font. */
    public static final String FONT_FAMILY = "DejaVu Sans";

    private static final List<String> BUNDLED = List.of("classpath:pdf/", "classpath:META-INF/resources/img/");
    /** By name, for SVG text, and before the built-in fonts for any glyph a named family lacks. */
    private static final Set<FSFontUseCase> FONT_USES = EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG,
            FSFontUseCase.FALLBACK_PRE);
    private static final byte[] REGULAR = bundled("pdf/fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = bundled("pdf/fonts/DejaVuSans-Bold.ttf");

    public byte[] render(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useUriResolver(PdfRenderer::resolve);
            builder.useExternalResourceAccessControl((uri, type) -> isBundled(uri),
                    ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl((uri, type) -> isBundled(uri),
                    ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.useHttpStreamImplementation(REFUSED);
            builder.useProtocolsStreamImplementation(REFUSED, "file", "jar", "data", "ftp", "jrt", "mailto");
            builder.useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE));
            builder.useFont(() -> new ByteArrayInputStream(REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true, FONT_USES);
            builder.useFont(() -> new ByteArrayInputStream(BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true, FONT_USES);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF rendering failed", e);
        }
    }

    /**
     * The URI resolver: bundled files map to the class path; absolute http(s) and mailto addresses
     * are kept as they are (link targets; the access control never lets them be loaded); anything
     * else (file:, data:, javascript:, relative paths outside {@code /img/}) resolves to nothing.
     */
    static String resolve(String base, String uri) {
        if (uri == null) {
            return null;
        }
        String u = uri.strip();
        String lower = u.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:")) {
            return u;
        }
        if (u.startsWith("/img/") && !u.contains("..")) {
            return "classpath:META-INF/resources" + u;
        }
        return isBundled(u) ? u : null;
    }

    /** Whether a (raw or resolved) address names one of GoFit's own bundled files. */
    static boolean isBundled(String uri) {
        if (uri == null || uri.contains("..") || uri.contains("\\") || uri.contains("%")) {
            return false;
        }
        String resolved = uri.startsWith("/img/") ? "classpath:META-INF/resources" + uri : uri;
        return BUNDLED.stream().anyMatch(resolved::startsWith);
    }

    /** Every protocol but the class path: opens nothing. */
    private static final FSStreamFactory REFUSED = url -> new FSStream() {
        @Override
        public InputStream getStream() {
            return null;
        }

        @Override
        public Reader getReader() {
            return null;
        }
    };

    private static byte[] bundled(String path) {
        try (InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("bundled PDF resource missing: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
