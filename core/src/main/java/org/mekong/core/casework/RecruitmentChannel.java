package org.mekong.core.casework;

/** Where the recruiter reached the person: a messaging app, a social network, or in person. */
public enum RecruitmentChannel {
  TELEGRAM,
  WECHAT,
  LINE,
  FACEBOOK,
  WHATSAPP,
  TIKTOK,
  ZALO,
  VIBER,
  KAKAOTALK,
  JOB_WEBSITE,
  IN_PERSON,
  PHONE_CALL,
  OTHER
}
