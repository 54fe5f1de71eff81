package org.bedsideneuro.ui.exam;

import java.util.UUID;

/** For tests in other packages: the id a form's exam will be saved under (package-private in the form). */
public final class ExamFormTestAccess {
    private ExamFormTestAccess() {
    }

    public static UUID pendingExamId(ExamFormViewModel form) {
        return form.pendingExamId();
    }
}
