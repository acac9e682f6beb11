/** The `mekong` command line: demo, serve, audit verify and the admin commands. */
@NullMarked
package org.mekong.server.cli;

import org.jspecify.annotations.NullMarked;
