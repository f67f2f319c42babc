/**
 * The Get Started walkthrough opens by itself once per machine, the first time
 * the extension starts (globalState is per machine: it is not synced). The
 * setting `showWalkthroughOnFirstRun` turns that off (the test harness does, so
 * the walkthrough never takes focus from a test), and so does a run of the
 * extension's tests. It is always in Help: Welcome.
 */
import * as vscode from 'vscode';
import { GlobalStateKeys, SECTION, SettingKeys, WALKTHROUGH_ID } from '../settingKeys';

export async function showWalkthroughOnFirstRun(context: vscode.ExtensionContext): Promise<boolean> {
  if (context.extensionMode === vscode.ExtensionMode.Test) return false;
  if (context.globalState.get<boolean>(GlobalStateKeys.walkthroughShown)) return false;
  if (!vscode.workspace.getConfiguration(SECTION).get<boolean>(SettingKeys.showWalkthroughOnFirstRun, true)) return false;
  await context.globalState.update(GlobalStateKeys.walkthroughShown, true);
  await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${context.extension.id}#${WALKTHROUGH_ID}`, false);
  return true;
}
