package org.bedsideneuro.fhir;

import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.utilities.xhtml.NodeType;
import org.hl7.fhir.utilities.xhtml.XhtmlNode;

/**
 * A one-line human-readable narrative for each resource. FHIR asks for one (dom-6, "should have narrative"), and a
 * reader without BedsideNeuro then still sees what a resource says.
 */
final class Narratives {
    private Narratives() {
    }

    static void set(DomainResource resource, String text) {
        Narrative narrative = new Narrative();
        narrative.setStatus(Narrative.NarrativeStatus.GENERATED);
        XhtmlNode div = new XhtmlNode(NodeType.Element, "div");
        div.setAttribute("xmlns", "http://www.w3.org/1999/xhtml");
        div.addText(text);
        narrative.setDiv(div);
        resource.setText(narrative);
    }
}
