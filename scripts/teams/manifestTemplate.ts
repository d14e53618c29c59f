import { TeamsPackageError } from './teamsPackageError';

/** `${{Name}}`, the placeholder syntax Teams Toolkit uses, so the template stays familiar to Teams developers. */
const PLACEHOLDER = /\$\{\{\s*(\w+)\s*\}\}/g;

/**
 * Replaces every placeholder in a JSON template with its value, escaped for a JSON string. Fails naming each
 * placeholder that has no value rather than leaving it in the package, where Teams would reject it far less clearly.
 */
export function fillPlaceholders(template: string, values: Readonly<Record<string, string>>, file: string): string {
  const missing = new Set<string>();
  const filled = template.replace(PLACEHOLDER, (placeholder: string, name: string) => {
    if (!Object.hasOwn(values, name)) {
      missing.add(name);
      return placeholder;
    }
    return JSON.stringify(values[name]).slice(1, -1);
  });
  if (missing.size > 0) {
    const known = Object.keys(values).join(', ');
    throw new TeamsPackageError(
      file,
      [...missing].map((name) => `placeholder \${{${name}}} has no value (the packager fills: ${known})`),
    );
  }
  return filled;
}
