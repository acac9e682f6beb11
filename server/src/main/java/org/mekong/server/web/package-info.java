/** HTTP plumbing shared by every feature: problem details and request size caps. */
@NullMarked
package org.mekong.server.web;

import org.jspecify.annotations.NullMarked;
