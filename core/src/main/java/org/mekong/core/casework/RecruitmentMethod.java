package org.mekong.core.casework;

/** How a person was recruited (HTCDS {@code RecruitmentType}, the values that occur here). */
public enum RecruitmentMethod {
  JOB_ADVERTISEMENT,
  FRIEND_OR_ACQUAINTANCE,
  FAMILY_MEMBER,
  INTIMATE_PARTNER,
  RECRUITMENT_AGENCY,
  ONLINE_CONTACT,
  ABDUCTION,
  SOLD_OR_TRANSFERRED,
  OTHER
}
