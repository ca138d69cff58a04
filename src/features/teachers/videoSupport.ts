/**
 * Which video files this browser can make, asked before the encoder (mediabunny) is loaded. MP4 needs
 * an H.264 encoder: Chromium and Safari ship one, Firefox on some systems does not. WebM (VP8) comes
 * with WebCodecs wherever it exists.
 */
export type VideoKind = 'mp4' | 'webm';

const PROBE = { mp4: 'avc1.640028', webm: 'vp8' } as const;

export async function canEncode(kind: VideoKind): Promise<boolean> {
  if (typeof VideoEncoder === 'undefined') return false;
  try {
    const { supported } = await VideoEncoder.isConfigSupported({
      codec: PROBE[kind],
      width: 1920,
      height: 1080,
      bitrate: 4e6,
    });
    return supported === true;
  } catch {
    return false;
  }
}
