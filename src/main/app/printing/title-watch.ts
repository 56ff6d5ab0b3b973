import { PRINT_FAILED_TITLE, PRINT_READY_TITLE } from '../../../shared/domain/documents/print';

export type PrintPageState = 'loading' | 'ready' | 'failed' | 'timed-out' | 'aborted';

/**
 * What the print page has said through its title: it sets PRINT_READY_TITLE once fonts and
 * images are in, PRINT_FAILED_TITLE when it could not render. The first final state wins; any
 * other title (the app's own) changes nothing. Pure, so the Electron glue stays thin.
 */
export class PrintTitleWatch {
  private current: PrintPageState = 'loading';

  get state(): PrintPageState {
    return this.current;
  }

  /** A title the page set; returns the state afterwards. */
  title(title: string): PrintPageState {
    if (this.current !== 'loading') return this.current;
    if (title === PRINT_READY_TITLE) this.current = 'ready';
    else if (title === PRINT_FAILED_TITLE) this.current = 'failed';
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
