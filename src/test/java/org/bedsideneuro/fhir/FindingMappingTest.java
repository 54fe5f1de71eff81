package org.bedsideneuro.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bedsideneuro.domain.finding.CodedScale;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.FindingValue;
import org.bedsideneuro.domain.finding.OrdinalValue;
import org.hl7.fhir.r4.model.CodeSystem;
import org.junit.jupiter.api.Test;

class FindingMappingTest {
    private final Map<String, CodeSystem> systems = LocalCodeSystems.all().stream()
            .collect(Collectors.toMap(CodeSystem::getUrl, Function.identity()));

    @Test
    void everySidedFindingHasASiteAndEveryFindingAValueElement() {
        for (FindingCode code : FindingCode.values()) {
            assertThat(FindingMapping.site(code).isPresent()).as(code.code()).isEqualTo(code.sided());
        }
        assertThat(FindingMapping.rows()).hasSize(FindingCode.values().length);
        System.out.println(FindingMapping.markdownTable());
    }

    @Test
    void everyCodedScaleIsACodeSystemWithItsValuesInOrder() {
        for (CodedScale<?> scale : LocalCodeSystems.codedScales()) {
            CodeSystem cs = systems.get(LocalCodeSystems.valueSystem(scale));
            assertThat(cs).as(scale.type().getSimpleName()).isNotNull();
            assertThat(cs.getConcept()).extracting(CodeSystem.ConceptDefinitionComponent::getCode)
                    .containsExactlyElementsOf(scale.values().stream().map(FindingValue::code).toList());
            for (int i = 0; i < scale.values().size(); i++) {
                boolean ordered = scale.values().get(i) instanceof OrdinalValue;
                assertThat(cs.getConcept().get(i).hasExtension(FhirCodes.EXT_ORDINAL_VALUE)).isEqualTo(ordered);
            }
        }
        CodeSystem mrc = systems.get(FhirCodes.CODE_SYSTEM_BASE + "mrc-grade");
        assertThat(mrc.getConcept()).extracting(CodeSystem.ConceptDefinitionComponent::getCode)
                .containsExactly("0", "1", "2", "3", "4-", "4", "4+", "5");
        assertThat(systems.get(LocalCodeSystems.OBSERVATION).getConcept()).extracting(CodeSystem.ConceptDefinitionComponent::getCode)
                .contains("strength.ankle_dorsiflexion", "panel.exam", "panel.observation", LocalCodeSystems.DAILY_MME);
    }

    @Test
    void onlySourcedExternalCodesAppear() {
        // shared/fhir-notes.md: SNOMED CT for the deltoid and hallucinations only; everything else local.
        assertThat(FindingMapping.rows().stream().filter(r -> r.externalCode().isPresent()).map(r -> r.finding()))
                .containsExactly(FindingCode.HALLUCINATIONS);
        assertThat(Arrays.stream(BodySite.values()).filter(s -> s.snomed().isPresent())).containsExactly(BodySite.DELTOID);
        assertThat(FhirCodes.rxNorm("gabapentin")).isEmpty();
        assertThat(FhirCodes.rxNorm("morphine")).contains("7052");
    }
}
