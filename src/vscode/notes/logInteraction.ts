/**
 * Log Interaction: pick tags, type a line; appends `- YYYY-MM-DD HH:MM text
 * #tag` to the note's `## Log` (creating it) as one undoable edit. The tags
 * and the text may be given as arguments instead.
 */
import * as vscode from 'vscode';
import { today } from '../../core/dates';
import { logEntryLine, logInsertion } from '../../core/noteEdits';
import { TAG_DEFINITIONS } from '../../core/tags';
import { Command } from '../commands';
import { Commands } from '../settingKeys';
import { ClientWorkspace } from '../workspace/clientWorkspace';
import { displayLanguage } from '../workspace/loadSettings';
import { applyDocumentEdit, openNote, showAt } from './editNote';
import { resolveNote } from './noteTarget';

export interface LogInteractionArgs {
  tags?: string[];
  text?: string;
}

export function logInteractionCommand(clients: ClientWorkspace): Command {
  return {
    id: Commands.logInteraction,
    execute: async (target?: unknown, args?: LogInteractionArgs) => {
      const title = vscode.l10n.t('Log Interaction');
      const uri = await resolveNote(clients, target, title);
      if (!uri) return undefined;
      let tags = args?.tags;
      if (!tags) {
        const language = displayLanguage();
        const picked = await vscode.window.showQuickPick(
          TAG_DEFINITIONS.map((d) => ({ label: `#${d.tag}`, description: d.description[language], tag: d.tag })),
          { title: vscode.l10n.t('Log Interaction: tags (none is fine)'), canPickMany: true, placeHolder: vscode.l10n.t('Pick the tags that apply') },
        );
        if (!picked) return undefined;
        tags = picked.map((p) => p.tag);
      }
      const text =
        args?.text ??
        (await vscode.window.showInputBox({ title, prompt: vscode.l10n.t('What happened?'), placeHolder: vscode.l10n.t('WhatsApp about the hero image') }));
      if (text === undefined) return undefined;
      const now = new Date();
      const entry = logEntryLine(today(now), now.getHours() * 60 + now.getMinutes(), text, tags);
      const { doc, text: noteText } = await openNote(clients, uri);
      const edit = logInsertion(noteText, entry, clients.settings);
      await applyDocumentEdit(doc, edit);
      await showAt(doc, edit.start + edit.text.length);
      return entry;
    },
  };
}
