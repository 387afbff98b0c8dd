/** Message parts the tests send again and again. */
export const STICKER = {
  sticker: {
    file_id: 's',
    file_unique_id: 's',
    type: 'regular',
    width: 1,
    height: 1,
    is_animated: false,
    is_video: false,
  },
} as const;
