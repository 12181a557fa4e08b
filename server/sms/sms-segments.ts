// How many SMS segments a text costs: GSM-7 when every character is in the GSM alphabet
// (160 per single segment, 153 per part when split), else UCS-2 (70, 67 per part).
const GSM_BASIC =
  "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
const GSM_EXTENDED = "^{}\\[~]|€\f";

export const isGsm7 = (text: string) => [...text].every((c) => GSM_BASIC.includes(c) || GSM_EXTENDED.includes(c));

/** Length in segment units: extended GSM characters take two; in UCS-2, UTF-16 code units. */
export const smsUnits = (text: string) =>
  isGsm7(text) ? [...text].reduce((n, c) => n + (GSM_EXTENDED.includes(c) ? 2 : 1), 0) : text.length;

export const smsSegments = (text: string) => {
  const gsm = isGsm7(text);
  const length = smsUnits(text);
  const single = gsm ? 160 : 70;
  const part = gsm ? 153 : 67;
  return length <= single ? 1 : Math.ceil(length / part);
};

/** The most units that fit in `segments` segments for this kind of text. */
export const segmentCapacity = (text: string, segments: number) => {
  const gsm = isGsm7(text);
  return segments === 1 ? (gsm ? 160 : 70) : segments * (gsm ? 153 : 67);
};
