/**
 * What an export's rows become once read: time entries and invoices, each
 * with the client name as the export writes it and the place it came from.
 */
import { CalendarDay } from '../dates';
import { KnownTag } from '../tags';

export interface RecordOrigin {
  /** The export's name, as the caller gave it (for problems). */
  source: string;
  /** 1-based line of the export where the row (the first row, for an invoice of several lines) starts. */
  line: number;
  /** The client as the export writes it. */
  client: string;
}

export interface TimeRecord extends RecordOrigin {
  kind: 'time';
  date: CalendarDay;
  /** Start time in minutes after midnight, when the export has one. */
  start?: number;
  /** Minutes of work, rounded to the minute. */
  minutes: number;
  /** The entry's text, one line, safe in a markdown list item. */
  text: string;
  tags: KnownTag[];
  /** What the tracker says the entry is worth, when it writes it: its rate per hour, its amount, in a currency (ISO code). */
  money?: { currency?: string; rate?: number; amount?: number };
}

export interface InvoiceRecord extends RecordOrigin {
  kind: 'invoice';
  id: string;
  amount?: number;
  /** ISO code, when the export writes one. */
  currency?: string;
  issued?: CalendarDay;
  due?: CalendarDay;
  /** Date it was fully paid; absent when unpaid. */
  paid?: CalendarDay;
}

export type ImportRecord = TimeRecord | InvoiceRecord;

/** A defect in an export or in what an import would do, placed where the user can find it. */
export interface ImportProblem {
  /** The export's or the note's name. */
  file: string;
  line: number;
  message: string;
}
