import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { HowThisWasMade } from '../../src/views/HowThisWasMade';
import { computeRun } from '../../src/compute/run';
import { presetById } from '../../src/state/presets';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

describe('the footer', () => {
  it('names the version, both licences and a citation of the page’s own address', async () => {
    render(<HowThisWasMade run={computeRun(presetById('vanilla')!.config)} labTrained={false} hidden={[]} />);
    const footer = screen.getByRole('contentinfo');
    await screen.findByText(/How to cite/);
    expect(footer.textContent).toContain(`version ${pkg.version}`);
    expect(footer.textContent).toMatch(/MIT/);
    expect(footer.textContent).toMatch(/CC BY 4\.0/);
    const cite = footer.querySelector('q')!;
    expect(cite.textContent).toContain(`${location.origin}${location.pathname}`);
    expect(cite.textContent).toContain(pkg.version);
  });
});
