/**
 * The Model Openness Tool: a strict reader of its YAML records, the MOF class computed by its rules,
 * and the import into one Turtle file per record under data/frameworks/mot/.
 */
package org.w3id.aperture.mot;
