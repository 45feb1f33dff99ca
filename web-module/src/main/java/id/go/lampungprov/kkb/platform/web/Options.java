package id.go.lampungprov.kkb.platform.web;

import java.util.Arrays;
import java.util.List;

/**
 * The choices of a select list where the domain has an enum: its constants' names in declaration
 * order (each page labels them from the bundle), so a new constant appears without a page change.
 */
public final class Options {

  private Options() {}

  public static List<String> names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
  }
}
