/** A lazily loaded asset: loaded once however many views want it, not loaded until wanted, retried after a failure. */
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { lazyAsset } from '../../../src/ui/shared/lazyAsset';

function Shows({ use, wanted = true }: { use: (w?: boolean) => string | null; wanted?: boolean }) {
  return <p>{use(wanted) ?? 'loading'}</p>;
}

describe('lazyAsset', () => {
  it('loads once for every view that wants it, and only when one does', async () => {
    const load = vi.fn(async () => 'weights');
    const use = lazyAsset(load);
    const { rerender } = render(<Shows use={use} wanted={false} />);
    expect(load).not.toHaveBeenCalled();
    rerender(
      <>
        <Shows use={use} />
        <Shows use={use} />
      </>,
    );
    expect(await screen.findAllByText('weights')).toHaveLength(2);
    expect(load).toHaveBeenCalledTimes(1);
    // A later mount has it at once.
    render(<Shows use={use} />);
    expect(screen.getAllByText('weights')).toHaveLength(3);
  });

  it('a failed load is tried again by the next view that mounts', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue('weights');
    const use = lazyAsset<string>(load);
    const first = render(<Shows use={use} />);
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1));
    first.unmount();
    render(<Shows use={use} />);
    expect(await screen.findByText('weights')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
