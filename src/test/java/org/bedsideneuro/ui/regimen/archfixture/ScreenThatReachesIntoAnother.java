package org.bedsideneuro.ui.regimen.archfixture;

import org.bedsideneuro.ui.exam.ExamFormViewModel;

/** A fixture in the regimen screen that uses the exam screen's form on purpose; never used by the app. */
public final class ScreenThatReachesIntoAnother {
    public boolean examined(ExamFormViewModel form) {
        return form.noticeProperty().get() != null;
    }
}
