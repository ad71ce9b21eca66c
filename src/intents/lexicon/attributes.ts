import type { BenefitType, FieldName, Topic } from '../catalogue.js';
import { phrases } from './word-list.js';

/** Status words (exact forms, so the verb "suspend" is not the status "suspended"). */
export const STATUS_PHRASES: Readonly<Record<string, readonly string[]>> = {
  active: phrases('=active | =activated'),
  inactive: phrases('=inactive | =deactivated'),
  expired: phrases('=expired | =lapsed'),
  new: phrases('=new | =fresh | =unread | =incoming'),
  closed: phrases('=closed'),
  suspended: phrases('=suspended | =paused | =frozen'),
  pending: phrases('=pending | =waiting | =awaiting'),
  accepted: phrases('=accepted | =approved'),
  declined: phrases('=declined | =rejected'),
  won: phrases('=won | =win | =winning'),
  lost: phrases('=lost'),
  cancelled: phrases('=cancelled | =canceled'),
  disabled: phrases('=disabled'),
  engaged: phrases('=engaged | =in progress'),
};

/** Field names of updates; `profile.show` parts (legal, organization, mpn) are listed apart. */
export const FIELD_PHRASES: Readonly<
  Record<Exclude<FieldName, 'legal' | 'organization' | 'mpn'>, readonly string[]>
> = {
  email: phrases(
    'email | e mail | email address | mail | mail address | e-mail address | contact email | emial | emal | emai',
  ),
  phone: phrases(
    'phone | phone number | telephone | telephone number | tel | mobile | mobile number | cell | cell number | phone no | fone | phne',
  ),
  displayName: phrases('display name | displayname | full name | name | dispaly name'),
  firstName: phrases('first name | firstname | given name | forename | first'),
  lastName: phrases('last name | lastname | surname | family name | second name'),
  usageLocation: phrases('usage location | location | country | usage country | region'),
  companyName: phrases(
    'company name | business name | organization name | organisation name | org name | legal name | company',
  ),
  address: phrases(
    'address | street address | mailing address | postal address | billing address | street | addres | adress | adresss',
  ),
};

export const BENEFIT_TYPE_PHRASES: Readonly<Record<BenefitType, readonly string[]>> = {
  VisualStudio: phrases(
    'visual studio | visualstudio | vs | msdn | vs enterprise | visual studio enterprise | visual studio professional',
  ),
  Azure: phrases('azure | azure credit | azure credits'),
  Dynamics: phrases('dynamics | dynamics 365 | d365'),
  Support: phrases('support | technical support | tech support | advisory | presales | pre sales'),
  Training: phrases(
    'training | learning | course | courses | certification | exam | voucher | vouchers',
  ),
};

export const GRANULARITY_PHRASES: Readonly<Record<'daily' | 'hourly', readonly string[]>> = {
  daily: phrases('daily | per day | by day | each day | day by day | day-by-day | every day'),
  hourly: phrases('hourly | per hour | by hour | each hour | hour by hour | every hour'),
};

/** Which help / notification topic a concept belongs to. */
export const TOPIC_OF: Readonly<Record<string, Topic>> = {
  customer: 'customers',
  company: 'customers',
  billing: 'customers',
  companyProfile: 'customers',
  invite: 'customers',
  user: 'users',
  password: 'users',
  role: 'users',
  subscription: 'subscriptions',
  renewal: 'subscriptions',
  license: 'licenses',
  order: 'orders',
  benefit: 'benefits',
  usage: 'usage',
  offer: 'offers',
  category: 'offers',
  referral: 'referrals',
  profile: 'profile',
  mpn: 'profile',
  connection: 'connection',
  connect: 'connection',
  disconnect: 'connection',
  partnerCenter: 'connection',
};
