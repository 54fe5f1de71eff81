package org.bedsideneuro.ui.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReviewColumnTest {
    @Test
    void aDueDateIsShortWithItsYearOnlyWhenNotThisYears() {
        int thisYear = LocalDate.now().getYear();
        assertThat(ReviewColumn.shortDue("Review due " + thisYear + "-01-19")).isEqualTo("due 19 Jan");
        assertThat(ReviewColumn.shortDue("Review due 2099-12-03")).isEqualTo("due 3 Dec 2099");
        assertThat(ReviewColumn.shortDue("Review soon")).isEqualTo("soon");
    }
}
