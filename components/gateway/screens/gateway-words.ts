import type { AddressWords } from "@/components/gateway/address-fieldset";
import type { CodeWords } from "@/components/gateway/code-form";
import type { CustomerAccountWords } from "@/components/gateway/customer-account-form";
import type { DeclineWords } from "@/components/gateway/decline-form";
import type { EnhanceProfileWords } from "@/components/gateway/enhance-profile-form";
import type { FinancialAccountWords } from "@/components/gateway/financial-account-form";
import type { FormWords } from "@/components/gateway/form-words";
import { DECLINE_REASONS } from "@/components/gateway/gateway-format";
import type { Translator } from "@/server/i18n/translator";

// The strings each Gateway form shows, taken from the catalog: the forms get finished words.

export const formWords = (t: Translator, submit = t("gateway.form.continue")): FormWords => ({
  submit,
  wait: t("gateway.form.wait"),
  errorPrefix: t("gateway.form.errorPrefix"),
});

export const customerAccountWords = (t: Translator): CustomerAccountWords => ({
  ...formWords(t),
  firstName: t("gateway.customerAccount.firstName"),
  lastName: t("gateway.customerAccount.lastName"),
  email: t("gateway.customerAccount.email"),
  emailHint: t("gateway.customerAccount.emailHint"),
});

const addressWords = (t: Translator): Omit<AddressWords, "errorPrefix"> => ({
  PHYSICAL: t("gateway.enhanceProfile.PHYSICAL"),
  MAILING: t("gateway.enhanceProfile.MAILING"),
  SHIPPING: t("gateway.enhanceProfile.SHIPPING"),
  line1: t("gateway.enhanceProfile.line1"),
  line2: t("gateway.enhanceProfile.line2"),
  city: t("gateway.enhanceProfile.city"),
  region: t("gateway.enhanceProfile.region"),
  postalCode: t("gateway.enhanceProfile.postalCode"),
  country: t("gateway.enhanceProfile.country"),
  countryHint: t("gateway.enhanceProfile.countryHint"),
});

export const enhanceProfileWords = (t: Translator): EnhanceProfileWords => ({
  ...formWords(t),
  ...addressWords(t),
  salutation: t("gateway.enhanceProfile.salutation"),
  choose: t("gateway.enhanceProfile.choose"),
  dateOfBirth: t("gateway.enhanceProfile.dateOfBirth"),
  homePhone: t("gateway.enhanceProfile.homePhone"),
  workPhone: t("gateway.enhanceProfile.workPhone"),
  phoneHint: t("gateway.enhanceProfile.phoneHint"),
});

export const financialAccountWords = (t: Translator): FinancialAccountWords => ({
  ...formWords(t),
  holderName: t("gateway.financialAccount.holderName"),
  routingNumber: t("gateway.financialAccount.routingNumber"),
  routingHint: t("gateway.financialAccount.routingHint"),
  accountNumber: t("gateway.financialAccount.accountNumber"),
  accountHint: t("gateway.financialAccount.accountHint"),
  cardHolder: t("gateway.financialAccount.cardHolder"),
  cardNumber: t("gateway.financialAccount.cardNumber"),
  expiry: t("gateway.financialAccount.expiry"),
  expiryHint: t("gateway.financialAccount.expiryHint"),
  stored: t("gateway.financialAccount.stored"),
});

export const declineWords = (t: Translator): DeclineWords => ({
  ...formWords(t, t("gateway.decline.submit")),
  why: t("gateway.decline.why"),
  tellUsMore: t("gateway.decline.tellUsMore"),
  tellUsMoreHint: t("gateway.decline.tellUsMoreHint"),
  reasons: DECLINE_REASONS.map((value) => ({ value, label: t(`gateway.decline.reasons.${value}`) })),
});

export const codeWords = (t: Translator, label: string): CodeWords => ({
  ...formWords(t),
  label,
  hint: t("gateway.gate.sixDigits"),
});
