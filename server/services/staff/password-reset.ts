import "server-only";
import { env } from "@/server/env";

export const PASSWORD_RESET_MINUTES = 60;
const PASSWORD_RESET_PATH = "/reset-password";

export const passwordResetUrl = (token: string) => `${env().APP_URL}${PASSWORD_RESET_PATH}/${token}`;
