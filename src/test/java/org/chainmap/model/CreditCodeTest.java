package org.chainmap.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CreditCodeTest {

    @Test
    void acceptsCodesWhoseCheckCharacterMatches() {
        // Check characters computed by hand from GB 32100-2015: weights 1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28.
        assertThat(CreditCode.isValid("91430400MA4L16JQ9W")).isTrue();
        assertThat(CreditCode.isValid("91350100M000100Y43")).isTrue();
    }

    @Test
    void rejectsATypoInAnyCharacter() {
        assertThat(CreditCode.isValid("91430400MA4L16JQ9B")).isFalse();
        assertThat(CreditCode.isValid("91430401MA4L16JQ9W")).isFalse();
        assertThat(CreditCode.expectedCheck("91430400MA4L16JQ9B")).contains('W');
    }

    @Test
    void rejectsWrongLengthsAndLettersACodeCannotHave() {
        assertThat(CreditCode.isValid("91430400MA4L16JQ9")).isFalse();
        assertThat(CreditCode.expectedCheck("91430400MA4L16JQI0")).isEmpty();
        assertThat(CreditCode.expectedCheck("short")).isEmpty();
    }
}
