/** Sends a text message to a mainland mobile number. A real gateway implements this in production. */
export interface SmsSender {
  send(phone: string, text: string): Promise<void>;
}

/** Development sender: writes the message to the server log instead of sending it (never in production); `showPhone` may mask the number. */
export function createLogSmsSender(log: (line: string) => void, showPhone: (phone: string) => string = (phone) => phone): SmsSender {
  return {
    async send(phone, text) {
      log(`[sms → ${showPhone(phone)}] ${text}`);
    },
  };
}

/** Sender that keeps what it was asked to send, for tests and the e2e harness. */
export function createMemorySmsSender(): SmsSender & { sent: { phone: string; text: string }[] } {
  const sent: { phone: string; text: string }[] = [];
  return {
    sent,
    async send(phone, text) {
      sent.push({ phone, text });
    },
  };
}
