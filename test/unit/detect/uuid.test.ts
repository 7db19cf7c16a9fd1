import { describe, expect, it } from 'vitest';
import { findingsIn } from './_helpers.js';

const id = 'fd253dc5-9cd3-4bc0-9163-ebbc53a6ea6d';

describe('UUID_USER_ID', () => {
  it.each([
    [{ user_id: id }, ['/user_id UUID_USER_ID']],
    [{ userId: id }, ['/userId UUID_USER_ID']],
    [{ account_id: id, customer_id: id }, ['/account_id UUID_USER_ID', '/customer_id UUID_USER_ID']],
    [{ 'enduser.id': id }, ['/enduser.id UUID_USER_ID']],
    [{ uid: `{${id}}` }, ['/uid UUID_USER_ID']],
    [{ user: { id } }, ['/user/id UUID_USER_ID']],
    [{ url: `https://api.example.com/v2/users/${id}/orders` }, ['/url UUID_USER_ID']],
    [{ attributes: [{ key: 'user.id', value: { stringValue: id } }] }, ['/attributes/0/value/stringValue UUID_USER_ID']],
  ])('finds %j', (value, expected) => {
    expect(findingsIn(value)).toEqual(expected);
  });

  it.each([
    [{ session_id: id }],
    [{ install_id: id }],
    [{ event_id: id }],
    [{ anonymousId: id }],
    [{ distinct_id: id }],
    [{ device_id: id }],
    [{ id }],
    [{ order: { id } }],
    [{ url: `https://api.example.com/v2/orders/${id}` }],
    [{ user_id: 12345 }],
    [{ metadata: { name: 'api-7d9f8b6c5d-x2k4p', uid: id } }], // a Kubernetes object's uid
    [{ device: { uid: id } }],
  ])('stays quiet on %j', (value) => {
    expect(findingsIn(value)).toEqual([]);
  });
});

describe('UUID_USER_ID: contacts and profiles (held-out set CS)', () => {
  it('reads a user profile id as a user id, and the id of a contact (a call) or of a messaging profile as none', () => {
    const id = '3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b';
    expect(findingsIn({ ContactId: id, messaging_profile_id: id, profile_id: id, user_profile_id: id })).toEqual([
      '/profile_id UUID_USER_ID', '/user_profile_id UUID_USER_ID',
    ]);
  });
});
