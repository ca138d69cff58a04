/**
 * Adding students' QR codes to the class view: from an image (a photo or a screenshot of a
 * student's screen), or live from the camera where the browser gives one (getUserMedia; a phone or
 * a laptop's webcam). Each QR code's text — a student's link — goes to `onRead`; the camera keeps
 * reading until stopped, so a teacher can walk along a row of screens.
 */
import { useEffect, useRef, useState } from 'react';
import { t } from '../../i18n/t';
import { readQr } from './qrReader';

export function QrScan({ onRead }: { onRead: (texts: string[]) => void }) {
  const [camera, setCamera] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const video = useRef<HTMLVideoElement>(null);
  const read = useRef(onRead);
  // The latest callback for the scanning loop, without restarting the camera when it changes.
  useEffect(() => {
    read.current = onRead;
  }, [onRead]);
  const canFilm = typeof navigator !== 'undefined' && !!navigator.mediaDevices?.getUserMedia;

  useEffect(() => {
    if (!camera) return;
    let stream: MediaStream | null = null;
    let timer = 0;
    let live = true;
    const seen = new Set<string>();
    // A frame every 400 ms: enough to catch a code held up, light on a teacher's laptop.
    const scan = async () => {
      const v = video.current;
      if (!live || !v) return;
      if (v.readyState >= 2) {
        const texts = (await readQr(v).catch(() => [])).filter((s) => !seen.has(s));
        texts.forEach((s) => seen.add(s));
        if (live && texts.length > 0) read.current(texts);
      }
      if (live) timer = window.setTimeout(() => void scan(), 400);
    };
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' }, audio: false })
      .then((s) => {
        stream = s;
        if (!live || !video.current) return;
        video.current.srcObject = s;
        void video.current.play();
        void scan();
      })
      .catch(() => {
        setProblem(t('class.noCamera'));
        setCamera(false);
      });
    return () => {
      live = false;
      window.clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [camera]);

  async function fromFile(file: File) {
    setProblem(null);
    try {
      const texts = await readQr(await createImageBitmap(file));
      if (texts.length === 0) setProblem(t('class.noQr'));
      else onRead(texts);
    } catch {
      setProblem(t('class.noQr'));
    }
  }

  return (
    <div className="class-scan">
      <label>
        {t('class.qrImage')}{' '}
        <input
          type="file"
          accept="image/*"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void fromFile(file);
            e.target.value = '';
          }}
        />
      </label>
      {canFilm && (
        <button type="button" aria-pressed={camera} onClick={() => setCamera((c) => !c)}>
          {camera ? t('class.cameraStop') : t('class.camera')}
        </button>
      )}
      {camera && (
        <video ref={video} className="class-camera" muted playsInline aria-label={t('class.cameraView')} />
      )}
      {problem && (
        <p className="message" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
