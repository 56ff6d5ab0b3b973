import { randomBytes } from 'node:crypto';
import type { PrintView } from '../../../shared/domain/documents';
import { PRINT_TICKET_PATTERN } from '../../../shared/domain/documents';
import type { Clock } from '../clock';

/** Long enough for a cold Chromium page to load and ask; a ticket is taken in well under this. */
export const PRINT_TICKET_TTL_MS = 60_000;

/** 24 random bytes: 192 bits, 32 base64url characters. */
const TICKET_BYTES = 24;

interface Entry<V> {
  view: V;
  expiresAt: number;
  /** The signed-in period that made it: a ticket never outlives its session. */
  period: number;
}

/**
 * One-use tickets for the print route: main puts what to print here and hands the hidden print
 * page only the ticket (in its URL); the page takes the view once through `documents.printView`.
 * Tickets are random (192 bits), expire fast, and are all dropped when the session locks or
 * signs out, so a ticket seen in a URL is worth nothing afterwards.
 */
export class PrintTickets<V = PrintView> {
  private readonly entries = new Map<string, Entry<V>>();

  constructor(
    private readonly clock: Clock,
    /** The session's signed-in period now (`SessionManager.period`). */
    private readonly period: () => number,
    private readonly ttlMs = PRINT_TICKET_TTL_MS,
    /** Tells the print page which store to ask (the subject export's `pdpa-`; ADR 0034). */
    private readonly prefix = '',
  ) {}

  issue(view: V): string {
    this.sweep();
    const ticket = this.prefix + randomBytes(TICKET_BYTES).toString('base64url');
    if (!PRINT_TICKET_PATTERN.test(ticket)) throw new Error('a print ticket of the wrong form');
    this.entries.set(ticket, {
      view,
      expiresAt: this.clock.now().getTime() + this.ttlMs,
      period: this.period(),
    });
    return ticket;
  }

  /** The view for a ticket, once; null for an unknown, used, expired or earlier-session one. */
  take(ticket: string): V | null {
    const entry = this.entries.get(ticket);
    if (!entry) return null;
    this.entries.delete(ticket);
    if (entry.period !== this.period()) return null;
    if (this.clock.now().getTime() >= entry.expiresAt) return null;
    return entry.view;
  }

  /** Drops a ticket nobody took (the print failed or was cancelled). */
  drop(ticket: string): void {
    this.entries.delete(ticket);
  }

  /** On lock and sign-out. */
  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  private sweep(): void {
    const now = this.clock.now().getTime();
    for (const [ticket, entry] of this.entries)
      if (now >= entry.expiresAt) this.entries.delete(ticket);
  }
}
