package dev.gofit.support;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Reads a PDF the way a person would: its text (every glyph) and whether a colour is drawn on its pages (its charts). */
public final class PdfPages {

    private PdfPages() {
    }

    /** The extracted text of every page. */
    public static String text(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many pixels of exactly {@code rgb} (0xRRGGBB) the pages show at 72 dpi: a chart's bars or lines. */
    public static int pixelsOf(byte[] pdf, int rgb) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            int count = 0;
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                BufferedImage page = renderer.renderImageWithDPI(p, 72);
                for (int y = 0; y < page.getHeight(); y++) {
                    for (int x = 0; x < page.getWidth(); x++) {
                        if ((page.getRGB(x, y) & 0xffffff) == rgb) {
                            count++;
                        }
                    }
                }
            }
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
