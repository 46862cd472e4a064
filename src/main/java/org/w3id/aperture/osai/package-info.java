/**
 * Import of the European Open Source AI Index and of Opening up ChatGPT (one YAML file per rated
 * system, open / partial / closed per dimension) into one Turtle file per record under data/frameworks/.
 */
package org.w3id.aperture.osai;
