import { printPageSays } from '../../../shared/domain/documents/print';

export type PrintPageState = 'loading' | 'ready' | 'failed' | 'timed-out' | 'aborted';

/**
 * What the print page has said about one ticket through its title: "ready <ticket>" once fonts
 * and images are in, "failed <ticket>" (or the plain failed title) when it could not render. The
 * first final state wins; any other title — the app's own, or the previous ticket's in a warm
 * window — changes nothing. Pure, so the Electron glue stays thin.
 */
export class PrintTitleWatch {
  private current: PrintPageState = 'loading';

  constructor(private readonly ticket: string) {}

  get state(): PrintPageState {
    return this.current;
  }

  /** A title the page set; returns the state afterwards. */
  title(title: string): PrintPageState {
    if (this.current !== 'loading') return this.current;
    const says = printPageSays(title, this.ticket);
    if (says !== 'loading') this.current = says;
    return this.current;
  }

  timeout(): PrintPageState {
    if (this.current === 'loading') this.current = 'timed-out';
    return this.current;
  }

  abort(): PrintPageState {
    if (this.current === 'loading') this.current = 'aborted';
    return this.current;
  }
}
