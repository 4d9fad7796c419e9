/**
 * Checks that a button is drawn as a destructive action the way a user sees it: red with light text in the story's
 * theme, a darker red under the pointer and when pressed, and Fluent's keyboard focus indicator when focused.
 */
import { expect, userEvent, waitFor } from 'storybook/test';

/** The colour a Fluent token (`--colorStatusDangerBackground3`) resolves to where `element` is. */
function tokenColour(element: HTMLElement, token: string, property: 'backgroundColor' | 'color'): string {
  const probe = element.ownerDocument.createElement('span');
  probe.style[property] = `var(--${token})`;
  element.parentElement?.append(probe);
  const colour = getComputedStyle(probe)[property];
  probe.remove();
  return colour;
}

/** The background colours the page's style sheets give `element` under a pseudo-class state (`:hover`). */
function stateBackgrounds(element: HTMLElement, state: string): string[] {
  const found: string[] = [];
  for (const sheet of Array.from(element.ownerDocument.styleSheets)) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue;
    }
    for (const rule of Array.from(rules)) {
      if (!(rule instanceof CSSStyleRule) || !rule.style.backgroundColor) continue;
      const match = /^\.([\w-]+)((?::[\w-]+)+)$/.exec(rule.selectorText);
      if (match?.[1] && match[2] === state && element.classList.contains(match[1])) {
        found.push(rule.style.backgroundColor);
      }
    }
  }
  return found;
}

/** Expects `button` to be a danger button, with hover and pressed states and a visible keyboard focus. */
export async function expectDangerButton(button: HTMLElement): Promise<void> {
  const style = getComputedStyle(button);
  await expect(style.backgroundColor).toBe(tokenColour(button, 'colorStatusDangerBackground3', 'backgroundColor'));
  await expect(style.color).toBe(tokenColour(button, 'colorNeutralForegroundOnBrand', 'color'));
  await expect(stateBackgrounds(button, ':hover')).toContain('var(--colorStatusDangerBackground3Hover)');
  await expect(stateBackgrounds(button, ':hover:active')).toContain('var(--colorStatusDangerBackground3Pressed)');
  // Keyboard focus: Tab away and back, so focus arrives the way a keyboard user brings it.
  button.focus();
  await userEvent.tab();
  await userEvent.tab({ shift: true });
  await waitFor(() => expect(button).toHaveFocus());
  await waitFor(() => expect(button).toHaveAttribute('data-fui-focus-visible'));
  await expect(getComputedStyle(button).boxShadow).not.toBe('none');
}
