/**
 * The web console: people of this node's agencies log in (password, and a TOTP code for supervisors
 * and node admins) and work in server-rendered pages that call the same services as the API, under
 * the same visibility rules, in English, Chinese, Thai or Burmese.
 */
@NullMarked
package org.mekong.server.console;

import org.jspecify.annotations.NullMarked;
