import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer, type SMTPServerOptions } from "smtp-server";

/** One message as the SMTP server took it: the envelope's recipients, the raw bytes, and mailparser's reading. */
export type ReceivedEmail = { rcptTo: string[]; raw: string; mail: ParsedMail };

/** An SMTP answer the sink gives instead of taking the next message: `451 Try later`, `550 No such user`. */
export type SmtpRefusal = { code: number; message: string };

/**
 * A real SMTP server on a loopback port (smtp-server), for the tests: it
 * keeps every message it accepts, parsed back with mailparser. It can be
 * stopped (connections are then refused) and started again on the same
 * port, and made to answer the next messages with a 4xx or 5xx.
 */
export class SmtpSink {
  readonly received: ReceivedEmail[] = [];
  private server: SMTPServer | null = null;
  private refusals: SmtpRefusal[] = [];
  port = 0;

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Answers the next messages with these, one each, before accepting again. */
  refuseNext(...refusals: SmtpRefusal[]): void {
    this.refusals.push(...refusals);
  }

  async start(): Promise<void> {
    const options: SMTPServerOptions = {
      authOptional: true,
      // Plain SMTP on loopback: no certificate to trust.
      disabledCommands: ["STARTTLS", "AUTH"],
      logger: false,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("end", () => {
          const refusal = this.refusals.shift();
          if (refusal) return callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }));
          const raw = Buffer.concat(chunks).toString("utf8");
          simpleParser(raw).then((mail) => {
            this.received.push({ rcptTo: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw, mail });
            callback();
          }, callback);
        });
      },
    };
    const server = new SMTPServer(options);
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(this.port, "127.0.0.1", () => resolve());
    });
    this.port = (server.server.address() as AddressInfo).port;
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
