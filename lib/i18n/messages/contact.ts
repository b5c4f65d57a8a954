// Messages of the contact e-mail found in a creator's bio: the popup's line with its copy button, and
// the detail's note on an address it filled in from the bio.
import { messages } from '../define';

export default messages(
  {
    contact_label: 'Contact e-mail',
    contact_write: 'Write to {email}',
    contact_copy: 'Copy',
    contact_copyLabel: 'Copy {email}',
    contact_copied: 'Copied',
    contact_copyFailed: 'Could not copy the address: select it and copy it by hand.',
    contact_fromBio: 'from bio',
    contact_fromBioNote: 'Found in the bio; saved as yours only once you change it.',
  },
  {
    contact_label: '联系邮箱',
    contact_write: '给 {email} 写邮件',
    contact_copy: '复制',
    contact_copyLabel: '复制 {email}',
    contact_copied: '已复制',
    contact_copyFailed: '无法复制该地址：请选中后手动复制。',
    contact_fromBio: '来自简介',
    contact_fromBioNote: '此地址取自简介；只有在你修改后才会保存为你填写的邮箱。',
  },
);
