import { PlusOutlined } from '@ant-design/icons';
import { App, Image, Upload, type UploadFile } from 'antd';
import { useRef, useState } from 'react';
import { errorMessage } from '../../api/api-error';
import { MAX_PHOTOS, photoUrl, uploadPhoto } from './photo-upload';

/**
 * Up to nine photos: each is previewed at once on the device, uploaded straight away with its own
 * progress bar, and the value is the storage keys of the finished uploads. `onUploadingChange`
 * lets a form hold its submit button while photos are still going up. To clear it, remount it (key).
 */
export function PhotoPicker({
  onChange,
  onUploadingChange,
  max = MAX_PHOTOS,
}: {
  /** Set by antd Form; the picker owns its list and reports keys through onChange. */
  value?: string[];
  onChange?: (keys: string[]) => void;
  onUploadingChange?: (uploading: boolean) => void;
  max?: number;
}) {
  const { message } = App.useApp();
  const [files, setFiles] = useState<UploadFile<string>[]>([]);
  const [preview, setPreview] = useState<string | null>(null);
  const count = useRef(0);

  // eslint-disable-next-line linli/no-state-literals -- antd's upload status, not a lifecycle state
  const uploaded = (f: UploadFile<string>) => f.status === 'done' && !!f.response;

  const publish = (next: UploadFile<string>[]) => {
    setFiles(next);
    count.current = next.length;
    onChange?.(next.filter(uploaded).map((f) => f.response as string));
    onUploadingChange?.(next.some((f) => f.status === 'uploading'));
  };

  return (
    <>
      <Upload<string>
        listType="picture-card"
        accept="image/*"
        multiple
        fileList={files}
        beforeUpload={(file) => {
          if (!file.type.startsWith('image/')) {
            message.error('只能上传照片（JPG、PNG 等图片）');
            return Upload.LIST_IGNORE;
          }
          if (count.current >= max) {
            message.warning(`最多上传${max}张照片`);
            return Upload.LIST_IGNORE;
          }
          count.current += 1;
          return true;
        }}
        customRequest={({ file, onProgress, onSuccess, onError }) => {
          uploadPhoto(file as File, (percent) => onProgress?.({ percent }))
            .then((key) => onSuccess?.(key))
            .catch((error: unknown) => {
              message.error(errorMessage(error));
              onError?.(error instanceof Error ? error : new Error(String(error)));
            });
        }}
        onChange={({ fileList }) => publish(fileList.filter((f) => f.status !== 'error'))}
        onPreview={(file) => setPreview(uploaded(file) ? photoUrl(file.response as string) : (file.thumbUrl ?? file.url ?? null))}
      >
        {files.length >= max ? null : (
          <button type="button" style={{ border: 0, background: 'none', cursor: 'pointer' }}>
            <PlusOutlined />
            <div style={{ marginTop: 4 }}>添加照片</div>
          </button>
        )}
      </Upload>
      {preview && (
        <Image
          style={{ display: 'none' }}
          src={preview}
          preview={{ visible: true, src: preview, onVisibleChange: (visible) => !visible && setPreview(null) }}
        />
      )}
    </>
  );
}
