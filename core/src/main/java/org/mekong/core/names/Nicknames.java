package org.mekong.core.names;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The commonest English short forms of given names (Bob = Robert, Bill = William), so that a list
 * that writes one and a document that writes the other still align. Small on purpose: only forms in
 * general use, each listed under every formal name it shortens; docs/names.md lists the table.
 */
final class Nicknames {

  private static final String TABLE =
      """
      william bill will billy willy
      robert bob rob bobby robbie
      richard rick dick rich richie
      elizabeth liz beth betty lizzie eliza
      margaret maggie peggy meg
      michael mike mickey
      james jim jimmy jamie
      john johnny jack
      thomas tom tommy
      edward ed eddie ted ned
      anthony tony
      charles charlie chuck
      daniel dan danny
      matthew matt
      joseph joe joey
      nicholas nick nicky
      jennifer jen jenny
      patricia pat patty trish
      katherine kate kathy katie
      catherine kate cathy katie
      samuel sam sammy
      benjamin ben benny
      alexander alex sandy
      stephen steve
      steven steve
      timothy tim
      gregory greg
      jonathan jon
      andrew andy drew
      christopher chris
      susan sue susie
      deborah debbie deb
      rebecca becky
      kimberly kim
      ronald ron ronnie
      donald don donnie
      raymond ray
      frederick fred freddie
      lawrence larry
      theodore ted teddy
      victoria vicky
      """;

  /** Each name (formal or short) to the formal names it stands for. */
  private static final Map<String, Set<String>> FORMAL = new HashMap<>();

  static {
    for (String line : TABLE.strip().split("\n")) {
      String[] names = line.strip().split(" ");
      for (String name : names) {
        FORMAL.computeIfAbsent(name, k -> new HashSet<>()).add(names[0]);
      }
    }
  }

  private Nicknames() {}

  /** Whether two different Latin tokens are forms of one given name in the table. */
  static boolean sameName(String a, String b) {
    Set<String> x = FORMAL.get(a);
    Set<String> y = FORMAL.get(b);
    if (x == null || y == null) {
      return false;
    }
    for (String formal : x) {
      if (y.contains(formal)) {
        return true;
      }
    }
    return false;
  }
}
