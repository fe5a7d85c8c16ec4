import { Image } from 'antd';
import { photoUrl } from './photo-upload';

/** Thumbnails of stored photos; tapping one opens a swipeable preview of all. */
export function PhotoGallery({ keys, size = 88 }: { keys: readonly string[]; size?: number }) {
  if (keys.length === 0) return null;
  return (
    <Image.PreviewGroup>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
        {keys.map((key, i) => (
          <Image key={key} src={photoUrl(key)} alt={`照片${i + 1}`} width={size} height={size} style={{ objectFit: 'cover', borderRadius: 6 }} />
        ))}
      </div>
    </Image.PreviewGroup>
  );
}
