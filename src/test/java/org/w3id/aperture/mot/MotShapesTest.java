package org.w3id.aperture.mot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.aperture.EditedSources;
import org.w3id.aperture.graph.ShapesValidator;

/** Each shape of the MOT records, their assessments and MOF results rejects data that breaks it, naming file, resource and rule. */
class MotShapesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        assessment without a component | data/frameworks/mot/amber.ttl | '    ap:dimension <mof/model-metadata> ;\\n' | '' | 3 | apsh:MotAssessmentRatesOneComponent | mot/amber/model-metadata | either a MOF component
        a record short of one assessment | data/frameworks/mot/amber.ttl | '    ap:dimension <mof/model-metadata> ;\\n' | '' | 3 | apsh:MotRecord | mot/amber | one assessment for each of the 17 MOF components
        class not the best complete one | data/frameworks/mot/amber.ttl | '    ap:mofClassComputed 1 ;' | '    ap:mofClassComputed 2 ;' | 1 | apsh:MotRecord | mot/amber | is not the best class whose progress is 100 percent
        progress over 100 percent | data/frameworks/mot/amber.ttl | '    ap:mofClassNumber 3 ;\\n    ap:percent 100.0 ;' | '    ap:mofClassNumber 3 ;\\n    ap:percent 120.0 ;' | 1 | apsh:MofProgress | mot/amber/progress-class-3 | ap:percent
        license on an unlisted component | data/frameworks/mot/amber.ttl | '    ap:dimension <mof/model-metadata> ;\\n    ap:included false ;' | '    ap:dimension <mof/model-metadata> ;\\n    ap:included false ;\\n    ap:licenseAsWritten "MIT" ;' | 1 | apsh:UnlistedComponentHasNoLicense | mot/amber/model-metadata | does not list
        listed component without verdict | data/frameworks/mot/amber.ttl | '    ap:mofLicenseVerdict <mof-license-verdict/open> ;\\n    prov:wasDerivedFrom <source/mot-8b5d30e/file/amber-yml> ;\\n    ap:sourceLine 22 .' | '    prov:wasDerivedFrom <source/mot-8b5d30e/file/amber-yml> ;\\n    ap:sourceLine 22 .' | 1 | apsh:ListedComponentHasVerdict | mot/amber/model-architecture | no verdict
        two SPDX ids | data/frameworks/mot/licenses.ttl | '    ap:spdxLicense <http://spdx.org/licenses/MIT> ;' | '    ap:spdxLicense <http://spdx.org/licenses/MIT>, <http://spdx.org/licenses/MIT-0> ;' | 2 | apsh:SpdxLicense | license/spdx/MIT | ap:spdxLicense
        a paper license with no permissions | data/licenses.ttl | '    ap:permitsResearch true ;\\n    ap:permitsCommercialUse false ;\\n    ap:permitsModification true ;\\n    ap:permitsCopyrightedDerivatives false ;\\n    ap:permitsRelicensedDerivatives false ;\\n    ap:permissionsNote "The first LLaMA' | '    rdfs:comment "The first LLaMA' | 1 | apsh:WrittenLicenseStatesPermissions | license/llama | states no permissions
        """)
    void aBrokenRuleIsReportedWithItsPlace(String what, String file, String from, String to, int count, String rule, String resource,
                                           String detail, @TempDir Path dir) {
        List<ShapesValidator.Problem> problems =
                EditedSources.in(dir).replace(file, from.replace("\\n", "\n"), to.replace("\\n", "\n")).problems();

        assertEquals(count, problems.size(), what + ": " + problems);

        assertTrue(problems.stream().anyMatch(p -> p.file().equals(file)
                        && p.resource().endsWith(resource + ">")
                        && p.rule().startsWith(rule)
                        && (p.rule() + p.value() + p.message()).contains(detail)),
                what + ": expected " + rule + " on " + resource + " in " + file + " mentioning " + detail + ", got\n" + problems);
    }
}
