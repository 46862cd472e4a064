/**
 * Files written whole or not at all: every writer of data, snapshots and exports goes through a
 * temporary sibling file moved into place, so a crash never leaves half a file behind.
 */
package org.w3id.aperture.files;
