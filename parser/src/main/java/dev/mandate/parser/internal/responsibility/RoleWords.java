/*
 * Copyright 2026 Mandate developers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package dev.mandate.parser.internal.responsibility;

/**
 * The words a responsibility clause says its units' roles with, as one vocabulary for the stages that look for a
 * clause: {@code 牵头}, {@code 主办} (the lead's), {@code 配合}, {@code 协办} (support), {@code 负责} (in charge, whichever).
 * The stages that read a clause's parts keep their own longer lists of forms (牵头负责, 具体负责, 参加 …), each with
 * the role it gives.
 */
public final class RoleWords {

  /** The role words whose presence makes a bracket or a phrase a clause rather than a name or a remark. */
  private static final String[] MARKERS = {"牵头", "配合", "负责", "主办", "协办"};

  /** The role words that close a supporting units' list after the lead's ({@code 县自然资源局、漾月街道配合,}). */
  public static final java.util.List<String> SUPPORT = java.util.List.of("配合", "协助", "协办", "参与", "协同");

  private RoleWords() {}

  /** Whether a folded text mentions a role as a clause does ({@code 市教育局牵头}, {@code 负责人:…} too). */
  public static boolean mentionsRole(String folded) {
    for (String m : MARKERS) {
      if (folded.contains(m)) {
        return true;
      }
    }
    return false;
  }
}
