package org.chainmap.render.vector;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.fontbox.cff.CFFCIDFont;
import org.apache.fontbox.cff.CFFParser;
import org.junit.jupiter.api.Test;

/** A cut-down font program keeps each glyph asked for exactly, at its CID, and draws the others as nothing. */
class CffSubsetTest {

    @Test
    void keptGlyphsAreTheOriginalsAndTheOthersAreEmpty() throws IOException {
        MapFace face = MapFaces.SHIPPED.bold();
        List<Integer> kept = "衡阳产业链 Aa1".codePoints().map(face::cid).boxed().toList();
        byte[] subset = face.program(kept);
        assertThat(subset.length).isLessThan(face.program().length / 3);
        CFFCIDFont cut = (CFFCIDFont) new CFFParser()
                .parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(subset))
                .get(0);
        for (int cid : kept) {
            assertThat(cut.getType2CharString(cid).getPath().getBounds2D())
                    .isEqualTo(face.outline(cid).getBounds2D());
        }
        int dropped = face.cid("链".codePointAt(0) + 1);
        assertThat(dropped).isPositive();
        assertThat(face.outline(dropped).getPathIterator(null).isDone()).isFalse();
        assertThat(cut.getType2CharString(dropped)
                        .getPath()
                        .getPathIterator(null)
                        .isDone())
                .as("a glyph not kept draws nothing")
                .isTrue();
        assertThat(cut.getName()).isEqualTo(face.name());
    }
}
