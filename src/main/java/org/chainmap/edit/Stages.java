package org.chainmap.edit;

import org.chainmap.model.Stage;

/** The names of the stages in descriptions. */
final class Stages {

    private Stages() {}

    static Description.Name name(Stage stage) {
        return switch (stage) {
            case UPSTREAM -> new Description.Name("上游", "upstream");
            case MIDSTREAM -> new Description.Name("中游", "midstream");
            case DOWNSTREAM -> new Description.Name("下游", "downstream");
        };
    }
}
