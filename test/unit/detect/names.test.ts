import { describe, expect, it } from 'vitest';
import { entitiesIn, findingsIn } from './_helpers.js';

describe('PERSON_NAME', () => {
  it.each([
    ['Jane Doe', 'name'],
    ['Jane', 'first_name'],
    ['Okonkwo', 'last_name'],
    ['Müller, Hans', 'customer'],
    ['Dr. Maria García', 'full_name'],
    ['王秀英', 'display_name'],
    ['Contact Jane Smith about the invoice', undefined],
    ['Ticket escalated by Hans Müller on behalf of the customer', undefined],
    ['Assigned to Priya Sharma for review', undefined],
    ['Hello Isa van der Meer, your export is ready', undefined],
    ['SmFuZSBEb2U=', 'customer_name'],
    ['Ticket reassigned to Chinedu Okafor by the on-call lead', undefined],
    ['Approved by Mr Tunde Bakare on behalf of finance', undefined],
    ['Dmitri Ivanov left the workspace', undefined],
    ['Anna-Lena Müller', 'name'],
    ['Meeting booked with Zhang Xiaoming for 2024-03-18', undefined],
    ['Kim Min-jun joined the call', undefined],
  ])('finds %j (key %s)', (text, key) => {
    expect(entitiesIn(text, key)).toContain('PERSON_NAME');
  });

  it.each([
    ['Order Completed', 'name'],
    ['checkout_completed', 'name'],
    ['api-gateway', 'name'],
    ['GET /api/users/:id', 'name'],
    ['Ergonomic Steel Chair', 'product'],
    ['Lake Jaymecester', 'city'],
    ['North Theron', undefined],
    ['Schamberger LLC', 'company'],
    ['Page Viewed', 'event'],
    ['94 Dylan Heights', undefined],
    ['San Francisco', undefined],
    ['Li Ion battery pack', undefined],
    ['Take the Park Lane exit', undefined],
    ['dev', 'username'],
    ['admin', 'login'],
  ])('stays quiet on %j (key %s)', (text, key) => {
    expect(entitiesIn(text, key)).not.toContain('PERSON_NAME');
  });

  it('treats `name` inside a person object as a person name key', () => {
    expect(findingsIn({ user: { name: 'Okonkwo Adebayo' }, product: { name: 'Okonkwo Adebayo' } })).toEqual(['/user/name PERSON_NAME']);
  });
});
