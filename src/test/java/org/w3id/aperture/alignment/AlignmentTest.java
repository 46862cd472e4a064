package org.w3id.aperture.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.w3id.aperture.EditedSources;
import org.w3id.aperture.Fixtures;
import org.w3id.aperture.UpstreamCells;
import org.w3id.aperture.graph.GraphFiles;
import org.w3id.aperture.graph.ShapesValidator;
import org.w3id.aperture.query.NamedQueries;
import org.w3id.aperture.vocab.Slugs;

/**
 * The curated alignment of data/alignment/: every mapping is complete and states its link, and every link has its
 * mapping; both ends of every link are records or organisations of the sources, computed here from the upstream file
 * names and fields; every record that shares a name with a record of another source is linked with it, and every one
 * of the paper's models is aligned except those no other source rates; the links left out on purpose stay out; the
 * shapes reject a broken mapping; and the named query every-rating-of-a-model follows the links.
 */
class AlignmentTest {
    private static final String BASE = "https://w3id.org/aperture/";
    private static final String AP = "https://w3id.org/aperture#";
    private static final String SSSOM = "https://w3id.org/sssom/";
    private static final String MANUAL_CURATION = "https://w3id.org/semapv/vocab/ManualMappingCuration";
    /** Where the upstream files are until the importers vendor them under data/upstream/. */
    private static final Path SHARED_UPSTREAM = Path.of("/work/shared/upstream");

    private static final Model VOCAB = ModelFactory.createDefaultModel();
    private static final Resource MAPPING = VOCAB.createResource(SSSOM + "Mapping");
    private static final Property JUSTIFICATION = VOCAB.createProperty(SSSOM + "mapping_justification");
    private static final Property CURATION_RULE = VOCAB.createProperty(SSSOM + "curation_rule");
    private static final Property SAME_RELEASE = VOCAB.createProperty(AP + "sameReleaseAs");
    private static final Property FAMILY_MEMBER = VOCAB.createProperty(AP + "familyMemberOf");
    private static final Property DERIVATIVE = VOCAB.createProperty(AP + "derivativeOf");
    private static final Set<Property> RECORD_LINKS = Set.of(SAME_RELEASE, FAMILY_MEMBER, DERIVATIVE);
    private static final Set<Property> LINKS = Set.of(SAME_RELEASE, FAMILY_MEMBER, DERIVATIVE, SKOS.exactMatch);
    private static final Map<String, String> RECORD_CLASS = Map.of(
            "model", AP + "Model", "mot", AP + "MotRecord", "osai", AP + "OsaiRecord", "ouc", AP + "OucRecord");
    /** Words the sources write where a name is not known; they name no record. */
    private static final Set<String> NO_NAME = Set.of("unknown", "unclear", "undisclosed", "unspecified", "various", "none", "na");

    /** The paper's models that no other source rates, after reading every file of the three; each has no link. */
    private static final Map<String, String> RATED_BY_NO_OTHER_SOURCE = Map.of(
            "model/anthropic-175b", "Anthropic's 2023 research model: no MOT, OSAI or OUC record names it or builds on it",
            "model/anthropic-lm", "Anthropic's 2021 assistant models: no MOT, OSAI or OUC record names it or builds on it");

    /**
     * Pairs left unaligned on purpose (docs/alignment.md, doubtful cases), with the reason. A pair here is exempt from
     * the same-name rule and must stay unlinked, so that reversing a decision is a visible change.
     */
    private static final Map<String, String> LEFT_UNALIGNED = Map.ofEntries(
            Map.entry("ouc/command-r model/command-r-plus", "its name says Command R+, its link, file name and OSAI's correction say Command R"),
            Map.entry("ouc/command-r mot/command-r-plus", "its name says Command R+, its link, file name and OSAI's correction say Command R"),
            Map.entry("osai/starling mot/llama-2-13b", "a 7B end model cannot be a tune of the 13B base its basemodelname gives"),
            Map.entry("osai/starling model/llama-2", "a 7B end model cannot be a tune of the 13B base its basemodelname gives"),
            Map.entry("osai/ultralm model/llama", "OSAI's basemodelname (Llama-13B) and OUC's llmbase (LLaMA2) for the same file disagree"),
            Map.entry("osai/ultralm model/llama-2", "OSAI's basemodelname (Llama-13B) and OUC's llmbase (LLaMA2) for the same file disagree"),
            Map.entry("osai/vicuna model/llama-2", "its basemodelname names Vicuna-13B, not the Llama 2 model that v1.5 was tuned from"),
            Map.entry("osai/fastchat-t5 model/t5", "built on Flan-T5, a tune of T5 v1.1, which was trained again after the paper's T5"),
            Map.entry("mot/codet5-plus-16b model/codet5", "CodeT5+ is a new family of its own paper, not a size or tune of CodeT5"),
            Map.entry("mot/gpt-4o model/gpt-4", "GPT-4o is a new model, not a version or tune of GPT-4"),
            Map.entry("mot/skywork mot/llama-2-13b", "its origin says Llama-2-13B, but Skywork-13B was pre-trained from scratch"),
            Map.entry("mot/stablelm-japanese model/stable-lm-base-alpha-base-alpha-tuned", "a model trained for Japanese; not a size or version of the Alpha release"),
            Map.entry("mot/pile-t5-xxl model/t5", "EleutherAI trained it again on the Pile with T5's recipe: another developer's model"),
            Map.entry("mot/t5-pile model/t5", "EleutherAI trained it again on the Pile with T5's recipe: another developer's model"),
            Map.entry("mot/pile-t5-xxl mot/t5-pile", "probably one model named twice, but the record 'T5-Pile' gives no link to tell"),
            Map.entry("mot/gemma-7b model/gemini", "Gemma is an open family of its own, not a size or version of Gemini"),
            Map.entry("mot/chatglm model/glm-130b", "ChatGLM-6B is a model of its own, not a size or tune of GLM-130B"),
            Map.entry("osai/btlm model/cerebras-gpt", "BTLM is a model of its own, not a size or tune of Cerebras-GPT"),
            Map.entry("mot/t5 mot/t5-11b", "'T5' and 'T5-11b' both say 11B: the first may be the release or its 11B size"),
            Map.entry("mot/qwen2-5-72b-instruct mot/qwen2-5-32b-instruct", "the same release.name, but different Hugging Face ids (72B and 32B)"),
            Map.entry("org/technology-innovation-institute-lighton org/technology-innovation-institute", "a consortium written as one name"),
            Map.entry("org/thudm org/tsinghua-university", "a laboratory, not its university"),
            Map.entry("org/telecom org/tele-ai", "'Telecom' is too vague to tell which organisation"),
            Map.entry("org/kunlun org/skywork", "a company and a brand of it, not one organisation as written"),
            Map.entry("org/uc-berkeley org/openlm-research", "a university and a research group of some of its people"),
            Map.entry("org/mosaicml org/databricks", "MosaicML was bought by Databricks but is written as a company of its own"));

    /** A file of a source: its record IRI and the names it is known by and built on. */
    private record Upstream(String iri, Set<String> names, Set<String> bases, String producer) {}

    private static Model alignment;
    private static Model data;
    private static final Map<String, Upstream> records = new TreeMap<>();
    private static final Set<String> producerOrganisations = new TreeSet<>();

    @BeforeAll
    static void load() {
        alignment = ModelFactory.createDefaultModel();
        for (String file : List.of("models.ttl", "organizations.ttl", "rules.ttl")) {
            alignment.add(parse(Fixtures.ROOT.resolve("data/alignment").resolve(file)));
        }
        data = ModelFactory.createDefaultModel();
        GraphFiles.turtleFiles(Fixtures.home().data()).forEach(file -> data.add(parse(file)));

        for (Path file : files(Fixtures.ROOT.resolve("data/models"), ".ttl")) {
            String iri = BASE + "model/" + basename(file, ".ttl");
            String title = data.getResource(iri).getProperty(RDFS.label).getString();
            records.put(iri, new Upstream(iri, names(title, basename(file, ".ttl")), Set.of(), null));
        }
        for (Path file : files(upstream("model-openness-tool/models"), ".yml")) {
            Map<?, ?> release = (Map<?, ?>) yaml(file).get("release");
            add("mot", file, ".yml", names(release.get("name")), Set.of(), release.get("producer"));
        }
        for (Path file : files(upstream("osai-index"), ".yaml")) {
            if (!file.getFileName().toString().equals("a_submission_template.yaml")) {
                Map<?, ?> root = yaml(file);
                Map<?, ?> system = (Map<?, ?>) root.get("system");
                add("osai", file, ".yaml", names(system.get("name"), system.get("endmodelname")), names(system.get("basemodelname")),
                        ((Map<?, ?>) root.get("org")).get("name"));
            }
        }
        for (Path file : files(upstream("opening-up-chatgpt/projects"), ".yaml")) {
            if (!file.getFileName().toString().equals("A_sample.yaml")) {
                Map<?, ?> root = yaml(file);
                Map<?, ?> project = (Map<?, ?>) root.get("project");
                Object org = root.get("org") instanceof Map<?, ?> m ? m.get("name") : root.get("org");
                add("ouc", file, ".yaml", names(project.get("name")), names(project.get("llmbase")), org);
            }
        }
    }

    @Test
    void theSourcesAreReadInFull() {
        assertEquals(45, count("model/"), "the paper's models");
        assertEquals(273, count("mot/"), "MOT records at 8b5d30e");
        assertEquals(193, count("osai/"), "OSAI records at 5a388e8, without the submission template");
        assertEquals(47, count("ouc/"), "OUC projects at 801f687: 48 files, one of them the sample");
        assertTrue(producerOrganisations.contains(BASE + "org/meta"), "MOT's and OSAI's 'Meta'");
    }

    @Test
    void everyMappingIsCompleteAndNamedAfterItsEnds() {
        List<Resource> mappings = alignment.listResourcesWithProperty(RDF.type, MAPPING).toList();
        assertTrue(mappings.size() > 300, "the alignment holds its mappings: " + mappings.size());
        List<String> problems = new ArrayList<>();
        for (Resource m : mappings) {
            Resource s = one(m, OWL2.annotatedSource, problems);
            Resource p = one(m, OWL2.annotatedProperty, problems);
            Resource o = one(m, OWL2.annotatedTarget, problems);
            if (s == null || p == null || o == null) {
                continue;
            }
            if (s.equals(o)) {
                problems.add(m + " aligns " + s + " with itself");
            }
            if (!LINKS.contains(VOCAB.createProperty(p.getURI()))) {
                problems.add(m + " has the predicate " + p);
            }
            String expected = BASE + "alignment/" + Slugs.of(path(s)) + "--" + Slugs.of(path(o));
            if (!m.getURI().equals(expected)) {
                problems.add(m + " should be named " + expected);
            }
            if (!m.hasProperty(JUSTIFICATION, VOCAB.createResource(MANUAL_CURATION)) || m.listProperties(JUSTIFICATION).toList().size() != 1) {
                problems.add(m + " lacks its one justification, semapv:ManualMappingCuration");
            }
            List<Statement> comments = m.listProperties(RDFS.comment).toList();
            if (comments.size() != 1 || !comments.get(0).getLanguage().equals("en") || comments.get(0).getString().isBlank()) {
                problems.add(m + " lacks its one English comment saying why");
            }
            Resource rule = one(m, CURATION_RULE, problems);
            if (rule != null && !alignment.contains(rule, SKOS.inScheme, alignment.getResource(BASE + "scheme/alignment-rules"))) {
                problems.add(m + " names the curation rule " + rule + ", which is not in the scheme of alignment rules");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void directTriplesAndMappingsCorrespond() {
        Set<String> fromMappings = new TreeSet<>();
        alignment.listResourcesWithProperty(RDF.type, MAPPING).forEach(m -> fromMappings.add(
                triple(m.getPropertyResourceValue(OWL2.annotatedSource), m.getPropertyResourceValue(OWL2.annotatedProperty),
                        m.getPropertyResourceValue(OWL2.annotatedTarget))));
        Set<String> direct = new TreeSet<>();
        for (Property p : LINKS) {
            alignment.listStatements(null, p, (RDFNode) null).forEach(st -> direct.add(triple(st.getSubject(), p, st.getResource())));
        }
        assertEquals(fromMappings, direct, "each mapping states its link as a triple, and each such triple has its mapping");

        Set<String> inData = new TreeSet<>();
        for (Property p : RECORD_LINKS) {
            data.listStatements(null, p, (RDFNode) null).forEach(st -> inData.add(triple(st.getSubject(), p, st.getResource())));
        }
        data.listStatements(null, SKOS.exactMatch, (RDFNode) null)
                .filterKeep(st -> st.getSubject().getURI().startsWith(BASE + "org/") && st.getObject().isURIResource()
                        && st.getResource().getURI().startsWith(BASE + "org/"))
                .forEach(st -> inData.add(triple(st.getSubject(), SKOS.exactMatch, st.getResource())));
        assertEquals(direct, inData, "no file of data/ links records or organisations outside the alignment");
    }

    @Test
    void noPairIsLinkedTwice() {
        Map<String, List<String>> byPair = new TreeMap<>();
        for (Property p : LINKS) {
            alignment.listStatements(null, p, (RDFNode) null).forEach(st ->
                    byPair.computeIfAbsent(pair(path(st.getSubject()), path(st.getResource())), k -> new ArrayList<>())
                            .add(p.getLocalName()));
        }
        byPair.values().removeIf(links -> links.size() == 1);
        assertEquals(Map.of(), byPair, "at most one link, in one direction, between two records");
    }

    @Test
    void bothEndsOfEveryLinkAreRecordsOrOrganisationsOfTheSources() {
        Set<String> organisations = new TreeSet<>(producerOrganisations);
        data.listResourcesWithProperty(RDF.type, data.createResource(AP + "Organization")).forEach(r -> organisations.add(r.getURI()));
        List<String> problems = new ArrayList<>();
        for (Property p : LINKS) {
            for (Statement st : alignment.listStatements(null, p, (RDFNode) null).toList()) {
                for (Resource end : List.of(st.getSubject(), st.getResource())) {
                    String kind = path(end).split("/")[0];
                    if (p.equals(SKOS.exactMatch)) {
                        if (!organisations.contains(end.getURI())) {
                            problems.add(end + " is neither an organisation of data/ nor a producer the sources write");
                        }
                    } else if (!records.containsKey(end.getURI())) {
                        problems.add(end + " is not a record of a source file");
                    } else if (sourceIsInTheGraph(kind) && !data.contains(end, RDF.type, data.createResource(RECORD_CLASS.get(kind)))) {
                        problems.add(end + " is not in the graph, which holds the records of " + kind);
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyPaperModelThatAnotherSourceRatesIsAligned() {
        Set<String> linked = linkedPaths();
        List<String> problems = new ArrayList<>();
        for (String iri : records.keySet()) {
            String model = iri.substring(BASE.length());
            if (!model.startsWith("model/")) {
                continue;
            }
            if (RATED_BY_NO_OTHER_SOURCE.containsKey(model) == linked.contains(model)) {
                problems.add(model + (linked.contains(model) ? " is linked but listed as rated by no other source" : " has no link"));
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(linkedPairs().contains(pair("org/meta", "org/meta-ai")), "MOT's and OSAI's Meta is the paper's Meta AI");
    }

    /** Two records of different sources with a name in common, or one named as the other's base, are linked. */
    @Test
    void recordsThatShareANameAcrossSourcesAreLinked() {
        Map<String, Set<String>> named = new HashMap<>();
        Map<String, Set<String>> builtOn = new HashMap<>();
        for (Upstream r : records.values()) {
            r.names().forEach(n -> named.computeIfAbsent(n, k -> new TreeSet<>()).add(r.iri()));
            r.bases().forEach(n -> builtOn.computeIfAbsent(n, k -> new TreeSet<>()).add(r.iri()));
        }
        Set<String> required = new TreeSet<>();
        named.forEach((name, those) -> {
            for (String a : those) {
                for (String b : those) {
                    addIfAcrossSources(required, a, b);
                }
                for (String b : builtOn.getOrDefault(name, Set.of())) {
                    addIfAcrossSources(required, a, b);
                }
            }
        });
        assertTrue(required.size() > 100, "names shared across sources: " + required.size());
        required.removeAll(linkedPairs());
        required.removeAll(LEFT_UNALIGNED.keySet().stream().map(k -> pair(k.split(" ")[0], k.split(" ")[1])).toList());
        assertEquals(Set.of(), required);
    }

    @Test
    void theLinksLeftOutStayOut() {
        Set<String> linked = linkedPairs();
        List<String> problems = new ArrayList<>();
        LEFT_UNALIGNED.forEach((key, why) -> {
            String[] ends = key.split(" ");
            for (String end : ends) {
                boolean known = end.startsWith("org/") ? producerOrganisations.contains(BASE + end)
                        || data.contains(data.getResource(BASE + end), RDF.type, data.createResource(AP + "Organization"))
                        : records.containsKey(BASE + end);
                if (!known) {
                    problems.add(end + " is no record or organisation of the sources");
                }
            }
            if (linked.contains(pair(ends[0], ends[1]))) {
                problems.add(key + " is linked, but was left out because " + why);
            }
        });
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        mapping without comment | '    rdfs:comment "MOT''s ''Llama-2-7B'' (producer Meta) is one size of LLaMA-2, which the paper rates as one model."@en ;\n' | '' | 1 | apsh:AlignmentMapping | rdfs:comment
        mapping of a record with itself | '    owl:annotatedTarget <model/llama-2> ;\n    sssom:mapping_justification semapv:ManualMappingCuration ;\n    sssom:curation_rule <alignment-rule/size-of-release> ;\n    rdfs:comment "MOT''s ''Llama-2-7B''' | '    owl:annotatedTarget <mot/llama-2-7b> ;\n    sssom:mapping_justification semapv:ManualMappingCuration ;\n    sssom:curation_rule <alignment-rule/size-of-release> ;\n    rdfs:comment "MOT''s ''Llama-2-7B''' | 2 | apsh:AlignmentMapping | owl:annotatedSource
        mapping whose link is not stated | '<mot/llama-2-7b> ap:familyMemberOf <model/llama-2> .\n' | '' | 1 | apsh:AlignmentMappingStatesItsLink | is not stated as a triple
        mapping with another predicate | '    owl:annotatedProperty ap:familyMemberOf ;\n    owl:annotatedTarget <model/llama-2> ;\n    sssom:mapping_justification semapv:ManualMappingCuration ;\n    sssom:curation_rule <alignment-rule/size-of-release> ;\n    rdfs:comment "MOT''s ''Llama-2-7B''' | '    owl:annotatedProperty owl:sameAs ;\n    owl:annotatedTarget <model/llama-2> ;\n    sssom:mapping_justification semapv:ManualMappingCuration ;\n    sssom:curation_rule <alignment-rule/size-of-release> ;\n    rdfs:comment "MOT''s ''Llama-2-7B''' | 2 | apsh:AlignmentMapping | owl:annotatedProperty
        organisation match between records | '<mot/llama-2-7b> ap:familyMemberOf <model/llama-2> .\n<alignment/mot-llama-2-7b--model-llama-2> a sssom:Mapping , owl:Axiom ;\n    owl:annotatedSource <mot/llama-2-7b> ;\n    owl:annotatedProperty ap:familyMemberOf ;' | '<mot/llama-2-7b> skos:exactMatch <model/llama-2> .\n<alignment/mot-llama-2-7b--model-llama-2> a sssom:Mapping , owl:Axiom ;\n    owl:annotatedSource <mot/llama-2-7b> ;\n    owl:annotatedProperty skos:exactMatch ;' | 2 | apsh:AlignmentMappingStatesItsLink | which is not of the kind
        mapping without curation rule | '    sssom:curation_rule <alignment-rule/size-of-release> ;\n    rdfs:comment "MOT''s ''Llama-2-7B''' | '    rdfs:comment "MOT''s ''Llama-2-7B''' | 1 | apsh:AlignmentMapping | curation_rule
        """)
    void theShapesRejectABrokenMapping(String what, String from, String to, int count, String rule, String detail, @TempDir Path dir) {
        List<ShapesValidator.Problem> problems =
                EditedSources.in(dir).replace("data/alignment/models.ttl", unescape(from), unescape(to)).problems();

        assertEquals(count, problems.size(), what + ": " + problems);

        assertTrue(problems.stream().anyMatch(p -> p.file().equals("data/alignment/models.ttl")
                        && p.resource().contains("alignment/mot-llama-2-7b--model-llama-2")
                        && p.rule().startsWith(rule)
                        && (p.rule() + p.value() + p.message()).contains(detail)),
                what + ": expected " + rule + " mentioning " + detail + ", got\n" + problems);
    }

    /**
     * Records of the other frameworks in the contract's terms, aligned with LLaMA-2 in every direction, and two that are
     * not. The classes are the fixture's own, so that the importers' class resources cannot change the expected values:
     * one with a notation, the others read from their IRI.
     */
    @Test
    void everyRatingOfAModelFollowsTheAlignmentLinks() {
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(Fixtures.graph()))
                .query(NamedQueries.load(Fixtures.home().queries()).get("every-rating-of-a-model").orElseThrow().query()).build()) {
            qe.execSelect().forEachRemaining(rows::add);
        }
        Set<String> itself = new TreeSet<>();
        Set<String> frameworks = new TreeSet<>();
        Set<String> aligned = new HashSet<>(neighboursOf("model/llama-2"));
        for (QuerySolution row : rows) {
            String record = path(row.getResource("record"));
            String value = row.getLiteral("value").getString();
            String license = row.contains("license") ? row.getLiteral("license").getString() : "";
            String framework = path(row.getResource("framework"));
            String source = path(row.getResource("source"));
            if (record.equals("model/llama-2")) {
                assertEquals("itself", row.getLiteral("relation").getString());
                assertEquals("scheme/components", framework);
                assertEquals("source/llm-openness-dataset-159a7bc/file/llama-2-md", source);
                itself.add(path(row.getResource("dimension")) + " " + value + " " + license);
            } else {
                assertTrue(aligned.contains(record), record + " is not one alignment link away from model/llama-2");
                assertTrue(source.matches("source/(mot|osai|ouc)-[0-9a-f]{7}/file/.+"), record + " names its file: " + source);
                frameworks.add(framework);
            }
        }
        Set<String> expectedItself = new TreeSet<>();
        for (UpstreamCells.Cell c : UpstreamCells.read(Fixtures.UPSTREAM)) {
            if (c.title().equals("LLaMA-2")) {
                expectedItself.add("component/" + Slugs.of(c.key()) + " " + c.notation() + " " + (c.license() == null ? "" : c.license()));
            }
        }
        assertEquals(12, expectedItself.size());
        assertEquals(expectedItself, itself, "the paper's 12 ratings of LLaMA-2, as the authors' file gives them");
        assertTrue(frameworks.containsAll(List.of("scheme/eosai", "scheme/ouc")),
                "the index's and its predecessor's ratings of LLaMA-2's aligned records are there: " + frameworks);
    }

    // ---- helpers --------------------------------------------------------------------------------

    private static void add(String kind, Path file, String extension, Set<String> names, Set<String> bases, Object producer) {
        String iri = BASE + kind + "/" + Slugs.of(basename(file, extension));
        Set<String> all = new TreeSet<>(names);
        all.add(Slugs.of(basename(file, extension)));
        Upstream previous = records.put(iri, new Upstream(iri, all, bases, producer == null ? null : producer.toString()));
        assertTrue(previous == null, "two files give the record " + iri);
        if (producer != null && !producer.toString().isBlank()) {
            producerOrganisations.add(BASE + "org/" + Slugs.of(producer.toString()));
        }
    }

    /** The slugs of the names a record is given, leaving out words that say the name is not known. */
    private static Set<String> names(Object... values) {
        Set<String> slugs = new TreeSet<>();
        for (Object v : values) {
            if (v != null && v.toString().matches(".*[A-Za-z0-9].*")) {
                String slug = Slugs.of(v.toString());
                if (!NO_NAME.contains(slug)) {
                    slugs.add(slug);
                }
            }
        }
        return slugs;
    }

    private static void addIfAcrossSources(Set<String> required, String a, String b) {
        String pa = a.substring(BASE.length());
        String pb = b.substring(BASE.length());
        if (!pa.split("/")[0].equals(pb.split("/")[0])) {
            required.add(pair(pa, pb));
        }
    }

    private static Set<String> linkedPairs() {
        Set<String> pairs = new TreeSet<>();
        for (Property p : LINKS) {
            alignment.listStatements(null, p, (RDFNode) null).forEach(st -> pairs.add(pair(path(st.getSubject()), path(st.getResource()))));
        }
        return pairs;
    }

    private static Set<String> linkedPaths() {
        Set<String> paths = new TreeSet<>();
        for (Property p : LINKS) {
            alignment.listStatements(null, p, (RDFNode) null).forEach(st -> {
                paths.add(path(st.getSubject()));
                paths.add(path(st.getResource()));
            });
        }
        return paths;
    }

    private static Set<String> neighboursOf(String record) {
        Set<String> neighbours = new TreeSet<>();
        Resource r = alignment.getResource(BASE + record);
        for (Property p : RECORD_LINKS) {
            alignment.listObjectsOfProperty(r, p).forEach(o -> neighbours.add(path(o.asResource())));
            alignment.listSubjectsWithProperty(p, r).forEach(s -> neighbours.add(path(s)));
        }
        return neighbours;
    }

    private static boolean sourceIsInTheGraph(String kind) {
        return data.contains(null, RDF.type, data.createResource(RECORD_CLASS.get(kind)));
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
    }

    private static String triple(Resource s, Resource p, Resource o) {
        return s.getURI() + " " + p.getURI() + " " + o.getURI();
    }

    private static Resource one(Resource m, Property p, List<String> problems) {
        List<Statement> values = m.listProperties(p).toList();
        if (values.size() != 1 || !values.get(0).getObject().isURIResource()) {
            problems.add(m + " has " + values.size() + " values of " + p.getLocalName() + ", not one IRI");
            return null;
        }
        return values.get(0).getResource();
    }

    private static String path(Resource r) {
        assertTrue(r.getURI().startsWith(BASE), r + " is not under " + BASE);
        return r.getURI().substring(BASE.length());
    }

    private static long count(String kind) {
        return records.keySet().stream().filter(iri -> iri.startsWith(BASE + kind)).count();
    }

    private static Path upstream(String folder) {
        Path vendored = Fixtures.ROOT.resolve("data/upstream").resolve(folder);
        Path found = Files.isDirectory(vendored) ? vendored : SHARED_UPSTREAM.resolve(folder);
        assertTrue(Files.isDirectory(found), "neither " + vendored + " nor " + found + " holds the upstream files");
        return found;
    }

    private static List<Path> files(Path dir, String extension) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(extension)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String basename(Path file, String extension) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - extension.length());
    }

    private static Map<?, ?> yaml(Path file) {
        try {
            return (Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Model parse(Path file) {
        return ModelFactory.createModelForGraph(GraphFiles.parse(file));
    }

    private static String unescape(String s) {
        return s.replace("\\n", "\n");
    }
}
