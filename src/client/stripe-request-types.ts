/* eslint-disable @typescript-eslint/no-namespace -- the SDK's own namespaces, kept for its names */
/**
 * The token requests' types, copied from the official `stripe` package 23.1.0 by
 * `npm run generate:types`; do not edit. The package ships these instead of importing `stripe`, a dev
 * dependency, so every parameter stays typed without the SDK installed.
 */

/**
 * A decimal as Stripe reads it: its text (`'25.5'`), or any value whose JSON form is that text, such as
 * the SDK's `Stripe.Decimal` (replaced here: the SDK's class cannot be built in a browser without it).
 */
export type Decimal = string | { toJSON(): string };

export interface V2Amount {
  value: number;
  currency: string;
}
/**
 * Set of key-value pairs that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
 * While you can send values as numbers, they will be returned as strings.
 */
export interface MetadataParam {
  [name: string]: string | number | null;
}
export interface AddressParam {
  /**
   * City, district, suburb, town, village, or ward.
   */
  city?: string;
  /**
   * Two-letter country code ([ISO 3166-1 alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)).
   */
  country?: string;
  /**
   * Address line 1 (e.g., street, block, PO Box, or company name).
   */
  line1?: string;
  /**
   * Address line 2 (e.g., apartment, suite, unit, or building).
   */
  line2?: string;
  /**
   * ZIP or postal code.
   */
  postal_code?: string;
  /**
   * State, county, province, prefecture, or region.
   */
  state?: string;
}
export interface JapanAddressParam extends AddressParam {
  /**
   * Town or cho-me.
   */
  town?: string;
}
/**
 * The Stripe API uses url-encoding for requests, and stripe-node encodes a
 * `null` param as an empty string, because there is no concept of `null`
 * in url-encoding. Both `null` and `''` behave identically.
 */
export type Emptyable<T> = null | '' | T;
/**
 * Stripe's enums are considered either "open" or "closed". Open enums can have new values added that are backported to older API versions. Because the SDK only includes the enum members that existed when the SDK was released, values you might see at runtime may not be present in the generated types.
 *
 * So, we intentionally join the enum Literal types with `OtherString`, which resolves down to `string`. This is to help communicate that your integration should be prepared to handle enum variants that are listed in the API Documentation (but not the SDK).
 *
 * For more information, see: https://github.com/stripe/stripe-node#open-and-closed-enum
 */
export type OtherString = string & Record<never, never>;
export declare namespace TokenCreateParams {
  interface Account {
    /**
     * The business type.
     */
    business_type?: Account.BusinessType;
    /**
     * Information about the company or business.
     */
    company?: Account.Company;
    /**
     * Information about the person represented by the account.
     */
    individual?: Account.Individual;
    /**
     * Whether the user described by the data in the token has been shown [the Stripe Connected Account Agreement](https://docs.stripe.com/connect/account-tokens#stripe-connected-account-agreement). When creating an account token to create a new Connect account, this value must be `true`.
     */
    tos_shown_and_accepted?: boolean;
  }
  interface Person {
    /**
     * Details on the legal guardian's or authorizer's acceptance of the required Stripe agreements.
     */
    additional_tos_acceptances?: Person.AdditionalTosAcceptances;
    /**
     * The person's address.
     */
    address?: AddressParam;
    /**
     * The Kana variation of the person's address (Japan only).
     */
    address_kana?: JapanAddressParam;
    /**
     * The Kanji variation of the person's address (Japan only).
     */
    address_kanji?: JapanAddressParam;
    /**
     * The person's date of birth.
     */
    dob?: Emptyable<Person.Dob>;
    /**
     * Documents that may be submitted to satisfy various informational requests.
     */
    documents?: Person.Documents;
    /**
     * The person's email address.
     */
    email?: string;
    /**
     * The person's first name.
     */
    first_name?: string;
    /**
     * The Kana variation of the person's first name (Japan only).
     */
    first_name_kana?: string;
    /**
     * The Kanji variation of the person's first name (Japan only).
     */
    first_name_kanji?: string;
    /**
     * A list of alternate names or aliases that the person is known by.
     */
    full_name_aliases?: Emptyable<Array<string>>;
    /**
     * The person's gender (International regulations require either "male" or "female").
     */
    gender?: string;
    /**
     * The person's ID number, as appropriate for their country. For example, a social security number in the U.S., social insurance number in Canada, etc. Instead of the number itself, you can also provide a [PII token provided by Stripe.js](https://docs.stripe.com/js/tokens/create_token?type=pii).
     *
     * Changing this value for the account's representative requires that the account re-accept the [terms of service](https://docs.stripe.com/api/accounts/object#account_object-tos_acceptance).
     */
    id_number?: string;
    /**
     * The person's secondary ID number, as appropriate for their country, will be used for enhanced verification checks. In Thailand, this would be the laser code found on the back of an ID card. Instead of the number itself, you can also provide a [PII token provided by Stripe.js](https://docs.stripe.com/js/tokens/create_token?type=pii).
     *
     * Changing this value for the account's representative requires that the account re-accept the [terms of service](https://docs.stripe.com/api/accounts/object#account_object-tos_acceptance).
     */
    id_number_secondary?: string;
    /**
     * The person's last name.
     */
    last_name?: string;
    /**
     * The Kana variation of the person's last name (Japan only).
     */
    last_name_kana?: string;
    /**
     * The Kanji variation of the person's last name (Japan only).
     */
    last_name_kanji?: string;
    /**
     * The person's maiden name.
     */
    maiden_name?: string;
    /**
     * Set of [key-value pairs](https://docs.stripe.com/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. Individual keys can be unset by posting an empty value to them. All keys can be unset by posting an empty value to `metadata`.
     */
    metadata?: Emptyable<MetadataParam>;
    /**
     * The country where the person is a national. Two-letter country code ([ISO 3166-1 alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)), or "XX" if unavailable.
     */
    nationality?: string;
    /**
     * The person's phone number.
     */
    phone?: string;
    /**
     * Indicates if the person or any of their representatives, family members, or other closely related persons, declares that they hold or have held an important public job or function, in any jurisdiction.
     */
    political_exposure?: Person.PoliticalExposure;
    /**
     * The person's registered address.
     */
    registered_address?: AddressParam;
    /**
     * The relationship that this person has with the account's legal entity.
     */
    relationship?: Person.Relationship;
    /**
     * The last four digits of the person's Social Security number (U.S. only).
     *
     * Changing this value for the account's representative requires that the account re-accept the [terms of service](https://docs.stripe.com/api/accounts/object#account_object-tos_acceptance).
     */
    ssn_last_4?: string;
    /**
     * Demographic data related to the person.
     */
    us_cfpb_data?: Person.UsCfpbData;
    /**
     * The person's verification status.
     */
    verification?: Person.Verification;
  }
  namespace Account {
    type BusinessType = 'company' | 'government_entity' | 'individual' | 'non_profit' | OtherString;
    interface Company {
      /**
       * The company's primary address.
       */
      address?: AddressParam;
      /**
       * The Kana variation of the company's primary address (Japan only).
       */
      address_kana?: JapanAddressParam;
      /**
       * The Kanji variation of the company's primary address (Japan only).
       */
      address_kanji?: JapanAddressParam;
      /**
       * The location where the business is administered.
       */
      administrative_address?: AddressParam;
      /**
       * Whether the company's directors have been provided. Set this Boolean to `true` after creating all the company's directors with [the Persons API](https://docs.stripe.com/api/persons) for accounts with a `relationship.director` requirement. This value is not automatically set to `true` after creating directors, so it needs to be updated to indicate all directors have been provided.
       */
      directors_provided?: boolean;
      /**
       * This hash is used to attest that the directors information provided to Stripe is both current and correct.
       */
      directorship_declaration?: Company.DirectorshipDeclaration;
      /**
       * Whether the company's executives have been provided. Set this Boolean to `true` after creating all the company's executives with [the Persons API](https://docs.stripe.com/api/persons) for accounts with a `relationship.executive` requirement.
       */
      executives_provided?: boolean;
      /**
       * The export license ID number of the company, also referred as Import Export Code (India only).
       */
      export_license_id?: string;
      /**
       * The purpose code to use for export transactions (India only).
       */
      export_purpose_code?: string;
      /**
       * The company's legal name.
       */
      name?: string;
      /**
       * The Kana variation of the company's legal name (Japan only).
       */
      name_kana?: string;
      /**
       * The Kanji variation of the company's legal name (Japan only).
       */
      name_kanji?: string;
      /**
       * Whether the company's owners have been provided. Set this Boolean to `true` after creating all the company's owners with [the Persons API](https://docs.stripe.com/api/persons) for accounts with a `relationship.owner` requirement.
       */
      owners_provided?: boolean;
      /**
       * This hash is used to attest that the beneficial owner information provided to Stripe is both current and correct.
       */
      ownership_declaration?: Company.OwnershipDeclaration;
      /**
       * Whether the user described by the data in the token has been shown the Ownership Declaration and indicated that it is correct.
       */
      ownership_declaration_shown_and_signed?: boolean;
      /**
       * This value is used to determine if a business is exempt from providing ultimate beneficial owners. See [this support article](https://support.stripe.com/questions/exemption-from-providing-ownership-details) and [changelog](https://docs.stripe.com/changelog/acacia/2025-01-27/ownership-exemption-reason-accounts-api) for more details.
       */
      ownership_exemption_reason?: Emptyable<Company.OwnershipExemptionReason>;
      /**
       * The company's phone number (used for verification).
       */
      phone?: string;
      /**
       * A location where the business has a meaningful physical operating presence.
       */
      physical_address?: AddressParam;
      /**
       * The primary location where the business conducts operations.
       */
      principal_place_of_business?: AddressParam;
      /**
       * When the business was incorporated or registered.
       */
      registration_date?: Emptyable<Company.RegistrationDate>;
      /**
       * The identification number given to a company when it is registered or incorporated, if distinct from the identification number used for filing taxes. (Examples are the CIN for companies and LLP IN for partnerships in India, and the Company Registration Number in Hong Kong).
       */
      registration_number?: string;
      /**
       * This hash is used to attest that the representative is authorized to act as the representative of their legal entity.
       */
      representative_declaration?: Company.RepresentativeDeclaration;
      /**
       * The category identifying the legal structure of the company or legal entity. See [Business structure](https://docs.stripe.com/connect/identity-verification#business-structure) for more details. Pass an empty string to unset this value.
       */
      structure?: Emptyable<Company.Structure>;
      /**
       * The business ID number of the company, as appropriate for the company's country. (Examples are an Employer ID Number in the U.S., a Business Number in Canada, or a Company Number in the UK.)
       *
       * Changing this value requires that the account re-accept the [terms of service](https://docs.stripe.com/api/accounts/object#account_object-tos_acceptance).
       */
      tax_id?: string;
      /**
       * The jurisdiction in which the `tax_id` is registered (Germany-based companies only).
       */
      tax_id_registrar?: string;
      /**
       * The VAT number of the company.
       */
      vat_id?: string;
      /**
       * Information on the verification state of the company.
       */
      verification?: Company.Verification;
    }
    interface Individual {
      /**
       * The individual's primary address.
       */
      address?: AddressParam;
      /**
       * The Kana variation of the individual's primary address (Japan only).
       */
      address_kana?: JapanAddressParam;
      /**
       * The Kanji variation of the individual's primary address (Japan only).
       */
      address_kanji?: JapanAddressParam;
      /**
       * The individual's date of birth.
       */
      dob?: Emptyable<Individual.Dob>;
      /**
       * The individual's email address.
       */
      email?: string;
      /**
       * The individual's first name.
       */
      first_name?: string;
      /**
       * The Kana variation of the individual's first name (Japan only).
       */
      first_name_kana?: string;
      /**
       * The Kanji variation of the individual's first name (Japan only).
       */
      first_name_kanji?: string;
      /**
       * A list of alternate names or aliases that the individual is known by.
       */
      full_name_aliases?: Emptyable<Array<string>>;
      /**
       * The individual's gender
       */
      gender?: string;
      /**
       * The government-issued ID number of the individual, as appropriate for the representative's country. (Examples are a Social Security Number in the U.S., or a Social Insurance Number in Canada). Instead of the number itself, you can also provide a [PII token created with Stripe.js](https://docs.stripe.com/js/tokens/create_token?type=pii).
       */
      id_number?: string;
      /**
       * The government-issued secondary ID number of the individual, as appropriate for the representative's country, will be used for enhanced verification checks. In Thailand, this would be the laser code found on the back of an ID card. Instead of the number itself, you can also provide a [PII token created with Stripe.js](https://docs.stripe.com/js/tokens/create_token?type=pii).
       */
      id_number_secondary?: string;
      /**
       * The individual's last name.
       */
      last_name?: string;
      /**
       * The Kana variation of the individual's last name (Japan only).
       */
      last_name_kana?: string;
      /**
       * The Kanji variation of the individual's last name (Japan only).
       */
      last_name_kanji?: string;
      /**
       * The individual's maiden name.
       */
      maiden_name?: string;
      /**
       * Set of [key-value pairs](https://docs.stripe.com/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. Individual keys can be unset by posting an empty value to them. All keys can be unset by posting an empty value to `metadata`.
       */
      metadata?: Emptyable<MetadataParam>;
      /**
       * The individual's phone number.
       */
      phone?: string;
      /**
       * Indicates if the person or any of their representatives, family members, or other closely related persons, declares that they hold or have held an important public job or function, in any jurisdiction.
       */
      political_exposure?: Individual.PoliticalExposure;
      /**
       * The individual's registered address.
       */
      registered_address?: AddressParam;
      /**
       * Describes the person's relationship to the account.
       */
      relationship?: Individual.Relationship;
      /**
       * The last four digits of the individual's Social Security Number (U.S. only).
       */
      ssn_last_4?: string;
      /**
       * The individual's verification document information.
       */
      verification?: Individual.Verification;
    }
    namespace Company {
      interface DirectorshipDeclaration {
        /**
         * The Unix timestamp marking when the directorship declaration attestation was made.
         */
        date?: number;
        /**
         * The IP address from which the directorship declaration attestation was made.
         */
        ip?: string;
        /**
         * The user agent of the browser from which the directorship declaration attestation was made.
         */
        user_agent?: string;
      }
      interface OwnershipDeclaration {
        /**
         * The Unix timestamp marking when the beneficial owner attestation was made.
         */
        date?: number;
        /**
         * The IP address from which the beneficial owner attestation was made.
         */
        ip?: string;
        /**
         * The user agent of the browser from which the beneficial owner attestation was made.
         */
        user_agent?: string;
      }
      type OwnershipExemptionReason =
        'qualified_entity_exceeds_ownership_threshold' | 'qualifies_as_financial_institution' | OtherString;
      interface RegistrationDate {
        /**
         * The day of registration, between 1 and 31.
         */
        day: number;
        /**
         * The month of registration, between 1 and 12.
         */
        month: number;
        /**
         * The four-digit year of registration.
         */
        year: number;
      }
      interface RepresentativeDeclaration {
        /**
         * The Unix timestamp marking when the representative declaration attestation was made.
         */
        date?: number;
        /**
         * The IP address from which the representative declaration attestation was made.
         */
        ip?: string;
        /**
         * The user agent of the browser from which the representative declaration attestation was made.
         */
        user_agent?: string;
      }
      type Structure =
        | 'free_zone_establishment'
        | 'free_zone_llc'
        | 'government_instrumentality'
        | 'governmental_unit'
        | 'incorporated_non_profit'
        | 'incorporated_partnership'
        | 'limited_liability_partnership'
        | 'llc'
        | 'multi_member_llc'
        | 'private_company'
        | 'private_corporation'
        | 'private_partnership'
        | 'public_company'
        | 'public_corporation'
        | 'public_partnership'
        | 'registered_charity'
        | 'single_member_llc'
        | 'sole_establishment'
        | 'sole_proprietorship'
        | 'tax_exempt_government_instrumentality'
        | 'unincorporated_association'
        | 'unincorporated_non_profit'
        | 'unincorporated_partnership'
        | OtherString;
      interface Verification {
        /**
         * A document verifying the business.
         */
        document?: Verification.Document;
      }
      namespace Verification {
        interface Document {
          /**
           * The back of a document returned by a [file upload](https://docs.stripe.com/api#create_file) with a `purpose` value of `additional_verification`. The uploaded file needs to be a color image (smaller than 8,000px by 8,000px), in JPG, PNG, or PDF format, and less than 10 MB in size.
           */
          back?: string;
          /**
           * The front of a document returned by a [file upload](https://docs.stripe.com/api#create_file) with a `purpose` value of `additional_verification`. The uploaded file needs to be a color image (smaller than 8,000px by 8,000px), in JPG, PNG, or PDF format, and less than 10 MB in size.
           */
          front?: string;
        }
      }
    }
    namespace Individual {
      interface Dob {
        /**
         * The day of birth, between 1 and 31.
         */
        day: number;
        /**
         * The month of birth, between 1 and 12.
         */
        month: number;
        /**
         * The four-digit year of birth.
         */
        year: number;
      }
      type PoliticalExposure = 'existing' | 'none' | OtherString;
      interface Relationship {
        /**
         * Whether the person is a director of the account's legal entity. Directors are typically members of the governing board of the company, or responsible for ensuring the company meets its regulatory obligations.
         */
        director?: boolean;
        /**
         * Whether the person has significant responsibility to control, manage, or direct the organization.
         */
        executive?: boolean;
        /**
         * Whether the person is an owner of the account's legal entity.
         */
        owner?: boolean;
        /**
         * The percent owned by the person of the account's legal entity.
         */
        percent_ownership?: Emptyable<number>;
        /**
         * The person's title (e.g., CEO, Support Engineer).
         */
        title?: string;
      }
      interface Verification {
        /**
         * A document showing address, either a passport, local ID card, or utility bill from a well-known utility company.
         */
        additional_document?: Verification.AdditionalDocument;
        /**
         * An identifying document, either a passport or local ID card.
         */
        document?: Verification.Document;
      }
      namespace Verification {
        interface AdditionalDocument {
          /**
           * The back of an ID returned by a [file upload](https://docs.stripe.com/api#create_file) with a `purpose` value of `identity_document`. The uploaded file needs to be a color image (smaller than 8,000px by 8,000px), in JPG, PNG, or PDF format, and less than 10 MB in size.
           */
          back?: string;
          /**
           * The front of an ID returned by a [file upload](https://docs.stripe.com/api#create_file) with a `purpose` value of `identity_document`. The uploaded file needs to be a color image (smaller than 8,000px by 8,000px), in JPG, PNG, or PDF format, and less than 10 MB in size.
           */
          front?: string;
        }
        interface Document {
          /**
           * The back of an ID returned by a [file upload](https://docs.stripe.com/api#create_file) with a `purpose` value of `identity_document`. The uploaded file needs to be a color image (smaller than 8,000px by 8,000px), in JPG, PNG, or PDF format, and less than 10 MB in size.
           */
          back?: string;
          /**
           * The front of an ID returned by a [file upload](https://docs.stripe.com/api#create_file) with a `purpose` value of `identity_document`. The uploaded file needs to be a color image (smaller than 8,000px by 8,000px), in JPG, PNG, or PDF format, and less than 10 MB in size.
           */
          front?: string;
        }
      }
    }
  }
  namespace Person {
    interface AdditionalTosAcceptances {
      /**
       * Details on the legal guardian's acceptance of the main Stripe service agreement.
       */
      account?: AdditionalTosAcceptances.Account;
    }
    interface Dob {
      /**
       * The day of birth, between 1 and 31.
       */
      day: number;
      /**
       * The month of birth, between 1 and 12.
       */
      month: number;
      /**
       * The four-digit year of birth.
       */
      year: number;
    }
    interface Documents {
      /**
       * One or more documents that demonstrate proof that this person is authorized to represent the company.
       */
      company_authorization?: Documents.CompanyAuthorization;
      /**
       * One or more documents showing the person's passport page with photo and personal data.
       */
      passport?: Documents.Passport;
      /**
       * One or more documents showing the person's visa required for living in the country where they are residing.
       */
      visa?: Documents.Visa;
    }
    type PoliticalExposure = 'existing' | 'none' | OtherString;
    interface Relationship {
      /**
       * Whether the person is the authorizer of the account's representative.
       */
      authorizer?: boolean;
      /**
       * Whether the person is a director of the account's legal entity. Directors are typically members of the governing board of the company, or responsible for ensuring the company meets its regulatory obligations.
       */
      director?: boolean;
      /**
       * Whether the person has significant responsibility to control, manage, or direct the organization.
       */
      executive?: boolean;
      /**
       * Whether the person is the legal guardian of the account's representative.
       */
      legal_guardian?: boolean;
      /**
       * Whether the person is an owner of the account's legal entity.
       */
      owner?: boolean;
      /**
       * The percent owned by the person of the account's legal entity.
       */
      percent_ownership?: Emptyable<number>;
      /**
       * Whether the person is authorized as the primary representative of the account. This is the person nominated by the business to provide information about themselves, and general information about the account. There can only be one representative at any given time. At the time the account is created, this person should be set to the person responsible for opening the account.
       */
      representative?: boolean;
      /**
       * The person's title (e.g., CEO, Support Engineer).
       */
      title?: string;
    }
    interface UsCfpbData {
      /**
       * The persons ethnicity details
       */
      ethnicity_details?: UsCfpbData.EthnicityDetails;
      /**
       * The persons race details
       */
      race_details?: UsCfpbData.RaceDetails;
      /**
       * The persons self-identified gender
       */
      self_identified_gender?: string;
    }
    interface Verification {
      /**
       * A document showing address, either a passport, local ID card, or utility bill from a well-known utility company.
       */
      additional_document?: Verification.AdditionalDocument;
      /**
       * An identifying document, either a passport or local ID card.
       */
      document?: Verification.Document;
    }
    namespace AdditionalTosAcceptances {
      interface Account {
        /**
         * The Unix timestamp marking when the account representative accepted the service agreement.
         */
        date?: number;
        /**
         * The IP address from which the account representative accepted the service agreement.
         */
        ip?: string;
        /**
         * The user agent of the browser from which the account representative accepted the service agreement.
         */
        user_agent?: Emptyable<string>;
      }
    }
    namespace Documents {
      interface CompanyAuthorization {
        /**
         * One or more document ids returned by a [file upload](https://docs.stripe.com/api#create_file) with a `purpose` value of `account_requirement`.
         */
        files?: Array<string>;
      }
      interface Passport {
        /**
         * One or more document ids returned by a [file upload](https://docs.stripe.com/api#create_file) with a `purpose` value of `account_requirement`.
         */
        files?: Array<string>;
      }
      interface Visa {
        /**
         * One or more document ids returned by a [file upload](https://docs.stripe.com/api#create_file) with a `purpose` value of `account_requirement`.
         */
        files?: Array<string>;
      }
    }
    namespace UsCfpbData {
      interface EthnicityDetails {
        /**
         * The persons ethnicity
         */
        ethnicity?: Array<EthnicityDetails.Ethnicity>;
        /**
         * Please specify your origin, when other is selected.
         */
        ethnicity_other?: string;
      }
      interface RaceDetails {
        /**
         * The persons race.
         */
        race?: Array<RaceDetails.Race>;
        /**
         * Please specify your race, when other is selected.
         */
        race_other?: string;
      }
      namespace EthnicityDetails {
        type Ethnicity =
          | 'cuban'
          | 'hispanic_or_latino'
          | 'mexican'
          | 'not_hispanic_or_latino'
          | 'other_hispanic_or_latino'
          | 'prefer_not_to_answer'
          | 'puerto_rican'
          | OtherString;
      }
      namespace RaceDetails {
        type Race =
          | 'african_american'
          | 'american_indian_or_alaska_native'
          | 'asian'
          | 'asian_indian'
          | 'black_or_african_american'
          | 'chinese'
          | 'ethiopian'
          | 'filipino'
          | 'guamanian_or_chamorro'
          | 'haitian'
          | 'jamaican'
          | 'japanese'
          | 'korean'
          | 'native_hawaiian'
          | 'native_hawaiian_or_other_pacific_islander'
          | 'nigerian'
          | 'other_asian'
          | 'other_black_or_african_american'
          | 'other_pacific_islander'
          | 'prefer_not_to_answer'
          | 'samoan'
          | 'somali'
          | 'vietnamese'
          | 'white'
          | OtherString;
      }
    }
    namespace Verification {
      interface AdditionalDocument {
        /**
         * The back of an ID returned by a [file upload](https://docs.stripe.com/api#create_file) with a `purpose` value of `identity_document`. The uploaded file needs to be a color image (smaller than 8,000px by 8,000px), in JPG, PNG, or PDF format, and less than 10 MB in size.
         */
        back?: string;
        /**
         * The front of an ID returned by a [file upload](https://docs.stripe.com/api#create_file) with a `purpose` value of `identity_document`. The uploaded file needs to be a color image (smaller than 8,000px by 8,000px), in JPG, PNG, or PDF format, and less than 10 MB in size.
         */
        front?: string;
      }
      interface Document {
        /**
         * The back of an ID returned by a [file upload](https://docs.stripe.com/api#create_file) with a `purpose` value of `identity_document`. The uploaded file needs to be a color image (smaller than 8,000px by 8,000px), in JPG, PNG, or PDF format, and less than 10 MB in size.
         */
        back?: string;
        /**
         * The front of an ID returned by a [file upload](https://docs.stripe.com/api#create_file) with a `purpose` value of `identity_document`. The uploaded file needs to be a color image (smaller than 8,000px by 8,000px), in JPG, PNG, or PDF format, and less than 10 MB in size.
         */
        front?: string;
      }
    }
  }
}
export declare namespace V2 {
  namespace Core {
    interface AccountTokenCreateParams {
      /**
       * The primary contact email address for the Account.
       */
      contact_email?: string;
      /**
       * The default contact phone for the Account.
       */
      contact_phone?: string;
      /**
       * A descriptive name for the Account. This name will be surfaced in the Stripe Dashboard and on any invoices sent to the Account.
       */
      display_name?: string;
      /**
       * Information about the company, individual, and business represented by the Account.
       */
      identity?: AccountTokenCreateParams.Identity;
    }
    namespace AccountTokenCreateParams {
      interface Identity {
        /**
         * Attestations from the identity's key people, e.g. owners, executives, directors, representatives.
         */
        attestations?: Identity.Attestations;
        /**
         * Information about the company or business.
         */
        business_details?: Identity.BusinessDetails;
        /**
         * The entity type.
         */
        entity_type?: Identity.EntityType;
        /**
         * Information about the person represented by the account.
         */
        individual?: Identity.Individual;
      }
      namespace Identity {
        interface Attestations {
          /**
           * This hash is used to attest that the directors information provided to Stripe is both current and correct; IP, date, and User Agent are expanded by Stripe.
           */
          directorship_declaration?: Attestations.DirectorshipDeclaration;
          /**
           * This hash is used to attest that the beneficial owner information provided to Stripe is both current and correct; IP, date, and User Agent are expanded by Stripe.
           */
          ownership_declaration?: Attestations.OwnershipDeclaration;
          /**
           * Attestation that all Persons with a specific Relationship value have been provided.
           */
          persons_provided?: Attestations.PersonsProvided;
          /**
           * This hash is used to attest that the representative is authorized to act as the representative of their legal entity; IP, date, and User Agent are expanded by Stripe.
           */
          representative_declaration?: Attestations.RepresentativeDeclaration;
          /**
           * Attestations of accepted terms of service agreements.
           */
          terms_of_service?: Attestations.TermsOfService;
        }
        interface BusinessDetails {
          /**
           * Additional addresses associated with the business.
           */
          additional_addresses?: Array<BusinessDetails.AdditionalAddress>;
          /**
           * The business registration address of the business entity.
           */
          address?: BusinessDetails.Address;
          /**
           * The business gross annual revenue for its preceding fiscal year.
           */
          annual_revenue?: BusinessDetails.AnnualRevenue;
          /**
           * A document verifying the business.
           */
          documents?: BusinessDetails.Documents;
          /**
           * Estimated maximum number of workers currently engaged by the business (including employees, contractors, and vendors).
           */
          estimated_worker_count?: number;
          /**
           * The ID numbers of a business entity.
           */
          id_numbers?: Array<BusinessDetails.IdNumber>;
          /**
           * An estimate of the monthly revenue of the business.
           */
          monthly_estimated_revenue?: BusinessDetails.MonthlyEstimatedRevenue;
          /**
           * The phone number of the Business Entity.
           */
          phone?: string;
          /**
           * The business legal name.
           */
          registered_name?: string;
          /**
           * When the business was incorporated or registered.
           */
          registration_date?: BusinessDetails.RegistrationDate;
          /**
           * The business registration address of the business entity in non latin script.
           */
          script_addresses?: BusinessDetails.ScriptAddresses;
          /**
           * The business legal name in non latin script.
           */
          script_names?: BusinessDetails.ScriptNames;
          /**
           * The category identifying the legal structure of the business.
           */
          structure?: BusinessDetails.Structure;
        }
        type EntityType = 'company' | 'government_entity' | 'individual' | 'non_profit' | OtherString;
        interface Individual {
          /**
           * Additional addresses associated with the individual.
           */
          additional_addresses?: Array<Individual.AdditionalAddress>;
          /**
           * Additional names (e.g. aliases) associated with the individual.
           */
          additional_names?: Array<Individual.AdditionalName>;
          /**
           * The individual's residential address.
           */
          address?: Individual.Address;
          /**
           * The individual's date of birth.
           */
          date_of_birth?: Individual.DateOfBirth;
          /**
           * Documents that may be submitted to satisfy various informational requests.
           */
          documents?: Individual.Documents;
          /**
           * The individual's email address. You can only set this field when the Account is configured as a `merchant` or `recipient`. Use `contact_email` as the primary contact email for this Account.
           */
          email?: string;
          /**
           * The individual's first name.
           */
          given_name?: string;
          /**
           * The identification numbers (e.g., SSN) associated with the individual.
           */
          id_numbers?: Array<Individual.IdNumber>;
          /**
           * The individual's gender (International regulations require either "male" or "female").
           */
          legal_gender?: Individual.LegalGender;
          /**
           * Set of key-value pairs that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
           */
          metadata?: MetadataParam;
          /**
           * The countries where the individual is a national. Two-letter country code ([ISO 3166-1 alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)).
           */
          nationalities?: Array<string>;
          /**
           * The individual's phone number.
           */
          phone?: string;
          /**
           * The individual's political exposure.
           */
          political_exposure?: Individual.PoliticalExposure;
          /**
           * The relationship that this individual has with the account's identity.
           */
          relationship?: Individual.Relationship;
          /**
           * The script addresses (e.g., non-Latin characters) associated with the individual.
           */
          script_addresses?: Individual.ScriptAddresses;
          /**
           * The individuals primary name in non latin script.
           */
          script_names?: Individual.ScriptNames;
          /**
           * The individual's last name.
           */
          surname?: string;
        }
        namespace Attestations {
          interface DirectorshipDeclaration {
            /**
             * A boolean indicating if the directors information has been attested.
             */
            attested?: boolean;
          }
          interface OwnershipDeclaration {
            /**
             * A boolean indicating if the beneficial owner information has been attested.
             */
            attested?: boolean;
          }
          interface PersonsProvided {
            /**
             * Whether the company's directors have been provided. Set this Boolean to true after creating all the company's directors with the [Persons API](https://docs.stripe.com/api/v2/core/accounts/createperson).
             */
            directors?: boolean;
            /**
             * Whether the company's executives have been provided. Set this Boolean to true after creating all the company's executives with the [Persons API](https://docs.stripe.com/api/v2/core/accounts/createperson).
             */
            executives?: boolean;
            /**
             * Whether the company's owners have been provided. Set this Boolean to true after creating all the company's owners with the [Persons API](https://docs.stripe.com/api/v2/core/accounts/createperson).
             */
            owners?: boolean;
            /**
             * Reason for why the company is exempt from providing ownership information.
             */
            ownership_exemption_reason?: PersonsProvided.OwnershipExemptionReason;
          }
          interface RepresentativeDeclaration {
            /**
             * A boolean indicating if the representative is authorized to act as the representative of their legal entity.
             */
            attested?: boolean;
          }
          interface TermsOfService {
            /**
             * Details on the Account's acceptance of the [Stripe Services Agreement]; IP, date, and User Agent are expanded by Stripe.
             */
            account?: TermsOfService.Account;
          }
          namespace PersonsProvided {
            type OwnershipExemptionReason =
              'qualified_entity_exceeds_ownership_threshold' | 'qualifies_as_financial_institution';
          }
          namespace TermsOfService {
            interface Account {
              /**
               * The boolean value indicating if the terms of service have been accepted.
               */
              shown_and_accepted?: boolean;
            }
          }
        }
        namespace BusinessDetails {
          interface AdditionalAddress {
            /**
             * City, district, suburb, town, or village.
             */
            city?: string;
            /**
             * Two-letter country code ([ISO 3166-1 alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)).
             */
            country?: string;
            /**
             * Address line 1 (e.g., street, PO Box, or company name).
             */
            line1?: string;
            /**
             * Address line 2 (e.g., apartment, suite, unit, or building).
             */
            line2?: string;
            /**
             * ZIP or postal code.
             */
            postal_code?: string;
            /**
             * Purpose of additional address.
             */
            purpose: AdditionalAddress.Purpose;
            /**
             * State, county, province, or region.
             */
            state?: string;
            /**
             * Town or district.
             */
            town?: string;
          }
          interface Address {
            /**
             * City, district, suburb, town, or village.
             */
            city?: string;
            /**
             * Two-letter country code ([ISO 3166-1 alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)).
             */
            country?: string;
            /**
             * Address line 1 (e.g., street, PO Box, or company name).
             */
            line1?: string;
            /**
             * Address line 2 (e.g., apartment, suite, unit, or building).
             */
            line2?: string;
            /**
             * ZIP or postal code.
             */
            postal_code?: string;
            /**
             * State, county, province, or region.
             */
            state?: string;
            /**
             * Town or district.
             */
            town?: string;
          }
          interface AnnualRevenue {
            /**
             * A non-negative integer representing the amount in the smallest currency unit.
             */
            amount?: V2Amount;
            /**
             * The close-out date of the preceding fiscal year in ISO 8601 format. E.g. 2023-12-31 for the 31st of December, 2023.
             */
            fiscal_year_end?: string;
          }
          interface Documents {
            /**
             * One or more documents that support the bank account ownership verification requirement. Must be a document associated with the account's primary active bank account that displays the last 4 digits of the account number, either a statement or a check.
             */
            bank_account_ownership_verification?: Documents.BankAccountOwnershipVerification;
            /**
             * One or more documents that demonstrate proof of a company's license to operate.
             */
            company_license?: Documents.CompanyLicense;
            /**
             * One or more documents showing the company's Memorandum of Association.
             */
            company_memorandum_of_association?: Documents.CompanyMemorandumOfAssociation;
            /**
             * Certain countries only: One or more documents showing the ministerial decree legalizing the company's establishment.
             */
            company_ministerial_decree?: Documents.CompanyMinisterialDecree;
            /**
             * One or more documents that demonstrate proof of a company's registration with the appropriate local authorities.
             */
            company_registration_verification?: Documents.CompanyRegistrationVerification;
            /**
             * One or more documents that demonstrate proof of a company's tax ID.
             */
            company_tax_id_verification?: Documents.CompanyTaxIdVerification;
            /**
             * A document verifying the business.
             */
            primary_verification?: Documents.PrimaryVerification;
            /**
             * One or more documents that demonstrate proof of address.
             */
            proof_of_address?: Documents.ProofOfAddress;
            /**
             * One or more documents that demonstrate proof of ultimate beneficial ownership.
             */
            proof_of_registration?: Documents.ProofOfRegistration;
            /**
             * One or more documents that demonstrate proof of ultimate beneficial ownership.
             */
            proof_of_ultimate_beneficial_ownership?: Documents.ProofOfUltimateBeneficialOwnership;
          }
          interface IdNumber {
            /**
             * The registrar of the ID number (Only valid for DE ID number types).
             */
            registrar?: string;
            /**
             * Open Enum. The ID number type of a business entity.
             */
            type: IdNumber.Type;
            /**
             * The value of the ID number.
             */
            value: string;
          }
          interface MonthlyEstimatedRevenue {
            /**
             * A non-negative integer representing the amount in the smallest currency unit.
             */
            amount?: V2Amount;
          }
          interface RegistrationDate {
            /**
             * The day of registration, between 1 and 31.
             */
            day: number;
            /**
             * The month of registration, between 1 and 12.
             */
            month: number;
            /**
             * The four-digit year of registration.
             */
            year: number;
          }
          interface ScriptAddresses {
            /**
             * Kana Address.
             */
            kana?: ScriptAddresses.Kana;
            /**
             * Kanji Address.
             */
            kanji?: ScriptAddresses.Kanji;
          }
          interface ScriptNames {
            /**
             * Kana name.
             */
            kana?: ScriptNames.Kana;
            /**
             * Kanji name.
             */
            kanji?: ScriptNames.Kanji;
          }
          type Structure =
            | 'cooperative'
            | 'free_zone_establishment'
            | 'free_zone_llc'
            | 'governmental_unit'
            | 'government_instrumentality'
            | 'incorporated_association'
            | 'incorporated_non_profit'
            | 'incorporated_partnership'
            | 'limited_liability_partnership'
            | 'llc'
            | 'multi_member_llc'
            | 'private_company'
            | 'private_corporation'
            | 'private_partnership'
            | 'public_company'
            | 'public_corporation'
            | 'public_listed_corporation'
            | 'public_partnership'
            | 'registered_charity'
            | 'single_member_llc'
            | 'sole_establishment'
            | 'sole_proprietorship'
            | 'tax_exempt_government_instrumentality'
            | 'trust'
            | 'unincorporated_association'
            | 'unincorporated_non_profit'
            | 'unincorporated_partnership'
            | OtherString;
          namespace AdditionalAddress {
            type Purpose = 'administrative' | 'principal_place_of_business';
          }
          namespace Documents {
            interface BankAccountOwnershipVerification {
              /**
               * One or more document IDs returned by a [file upload](https://docs.stripe.com/api/files/create) with a purpose value of `account_requirement`.
               */
              files: Array<string>;
              /**
               * The format of the document. Currently supports `files` only.
               */
              type: BankAccountOwnershipVerification.Type;
            }
            interface CompanyLicense {
              /**
               * One or more document IDs returned by a [file upload](https://docs.stripe.com/api/files/create) with a purpose value of `account_requirement`.
               */
              files: Array<string>;
              /**
               * The format of the document. Currently supports `files` only.
               */
              type: CompanyLicense.Type;
            }
            interface CompanyMemorandumOfAssociation {
              /**
               * One or more document IDs returned by a [file upload](https://docs.stripe.com/api/files/create) with a purpose value of `account_requirement`.
               */
              files: Array<string>;
              /**
               * The format of the document. Currently supports `files` only.
               */
              type: CompanyMemorandumOfAssociation.Type;
            }
            interface CompanyMinisterialDecree {
              /**
               * One or more document IDs returned by a [file upload](https://docs.stripe.com/api/files/create) with a purpose value of `account_requirement`.
               */
              files: Array<string>;
              /**
               * The format of the document. Currently supports `files` only.
               */
              type: CompanyMinisterialDecree.Type;
            }
            interface CompanyRegistrationVerification {
              /**
               * One or more document IDs returned by a [file upload](https://docs.stripe.com/api/files/create) with a purpose value of `account_requirement`.
               */
              files: Array<string>;
              /**
               * The format of the document. Currently supports `files` only.
               */
              type: CompanyRegistrationVerification.Type;
            }
            interface CompanyTaxIdVerification {
              /**
               * One or more document IDs returned by a [file upload](https://docs.stripe.com/api/files/create) with a purpose value of `account_requirement`.
               */
              files: Array<string>;
              /**
               * The format of the document. Currently supports `files` only.
               */
              type: CompanyTaxIdVerification.Type;
            }
            interface PrimaryVerification {
              /**
               * The [file upload](https://docs.stripe.com/api/files/create) tokens referring to each side of the document.
               */
              front_back: PrimaryVerification.FrontBack;
              /**
               * The format of the verification document. Currently supports `front_back` only.
               */
              type: PrimaryVerification.Type;
            }
            interface ProofOfAddress {
              /**
               * One or more document IDs returned by a [file upload](https://docs.stripe.com/api/files/create) with a purpose value of `account_requirement`.
               */
              files: Array<string>;
              /**
               * The format of the document. Currently supports `files` only.
               */
              type: ProofOfAddress.Type;
            }
            interface ProofOfRegistration {
              /**
               * One or more document IDs returned by a [file upload](https://docs.stripe.com/api/files/create) with a purpose value of `account_requirement`.
               */
              files: Array<string>;
              /**
               * Person that is signing the document.
               */
              signer?: ProofOfRegistration.Signer;
              /**
               * The format of the document. Currently supports `files` only.
               */
              type: ProofOfRegistration.Type;
            }
            interface ProofOfUltimateBeneficialOwnership {
              /**
               * One or more document IDs returned by a [file upload](https://docs.stripe.com/api/files/create) with a purpose value of `account_requirement`.
               */
              files: Array<string>;
              /**
               * Person that is signing the document.
               */
              signer?: ProofOfUltimateBeneficialOwnership.Signer;
              /**
               * The format of the document. Currently supports `files` only.
               */
              type: ProofOfUltimateBeneficialOwnership.Type;
            }
            namespace BankAccountOwnershipVerification {
              type Type = 'files' | OtherString;
            }
            namespace CompanyLicense {
              type Type = 'files' | OtherString;
            }
            namespace CompanyMemorandumOfAssociation {
              type Type = 'files' | OtherString;
            }
            namespace CompanyMinisterialDecree {
              type Type = 'files' | OtherString;
            }
            namespace CompanyRegistrationVerification {
              type Type = 'files' | OtherString;
            }
            namespace CompanyTaxIdVerification {
              type Type = 'files' | OtherString;
            }
            namespace PrimaryVerification {
              interface FrontBack {
                /**
                 * A [file upload](https://docs.stripe.com/api/files/create) token representing the back of the verification document. The purpose of the uploaded file should be 'identity_document'. The uploaded file needs to be a color image (smaller than 8,000px by 8,000px), in JPG, PNG, or PDF format, and less than 10 MB in size.
                 */
                back?: string;
                /**
                 * A [file upload](https://docs.stripe.com/api/files/create) token representing the front of the verification document. The purpose of the uploaded file should be 'identity_document'. The uploaded file needs to be a color image (smaller than 8,000px by 8,000px), in JPG, PNG, or PDF format, and less than 10 MB in size.
                 */
                front?: string;
              }
              type Type = 'front_back' | OtherString;
            }
            namespace ProofOfAddress {
              type Type = 'files' | OtherString;
            }
            namespace ProofOfRegistration {
              interface Signer {
                /**
                 * Person signing the document.
                 */
                person: string;
              }
              type Type = 'files' | OtherString;
            }
            namespace ProofOfUltimateBeneficialOwnership {
              interface Signer {
                /**
                 * Person signing the document.
                 */
                person: string;
              }
              type Type = 'files' | OtherString;
            }
          }
          namespace IdNumber {
            type Type =
              | 'ae_crn'
              | 'ae_vat'
              | 'ao_nif'
              | 'ar_cuit'
              | 'at_fn'
              | 'at_stn'
              | 'at_vat'
              | 'au_abn'
              | 'au_acn'
              | 'au_in'
              | 'az_tin'
              | 'bd_etin'
              | 'be_cbe'
              | 'be_vat'
              | 'bg_uic'
              | 'bg_vat'
              | 'br_cnpj'
              | 'ca_cn'
              | 'ca_crarr'
              | 'ca_gst_hst'
              | 'ca_neq'
              | 'ca_rid'
              | 'ch_chid'
              | 'ch_uid'
              | 'cr_cpj'
              | 'cr_nite'
              | 'cy_he'
              | 'cy_tic'
              | 'cy_vat'
              | 'cz_ico'
              | 'cz_vat'
              | 'de_hrn'
              | 'de_stn'
              | 'de_vat'
              | 'dk_cvr'
              | 'dk_vat'
              | 'do_rcn'
              | 'ee_rk'
              | 'ee_vat'
              | 'es_cif'
              | 'es_vat'
              | 'fi_vat'
              | 'fi_yt'
              | 'fr_rna'
              | 'fr_siren'
              | 'fr_vat'
              | 'gb_crn'
              | 'gb_vat'
              | 'gi_crn'
              | 'gr_afm'
              | 'gr_gemi'
              | 'gr_vat'
              | 'gt_nit'
              | 'hk_br'
              | 'hk_cr'
              | 'hr_mbs'
              | 'hr_oib'
              | 'hr_vat'
              | 'hu_cjs'
              | 'hu_tin'
              | 'hu_vat'
              | 'ie_crn'
              | 'ie_trn'
              | 'ie_vat'
              | 'it_rea'
              | 'it_vat'
              | 'jp_cn'
              | 'kz_bin'
              | 'li_uid'
              | 'lt_ccrn'
              | 'lt_vat'
              | 'lu_nif'
              | 'lu_rcs'
              | 'lu_vat'
              | 'lv_urn'
              | 'lv_vat'
              | 'mt_crn'
              | 'mt_tin'
              | 'mt_vat'
              | 'mx_rfc'
              | 'my_brn'
              | 'my_coid'
              | 'my_itn'
              | 'my_sst'
              | 'mz_nuit'
              | 'nl_kvk'
              | 'nl_rsin'
              | 'nl_vat'
              | 'no_orgnr'
              | 'nz_bn'
              | 'nz_ird'
              | 'pe_ruc'
              | 'pk_ntn'
              | 'pl_nip'
              | 'pl_regon'
              | 'pl_vat'
              | 'pt_vat'
              | 'ro_cui'
              | 'ro_orc'
              | 'ro_vat'
              | 'sa_crn'
              | 'sa_tin'
              | 'se_orgnr'
              | 'se_vat'
              | 'sg_uen'
              | 'si_msp'
              | 'si_tin'
              | 'si_vat'
              | 'sk_dic'
              | 'sk_ico'
              | 'sk_vat'
              | 'th_crn'
              | 'th_prn'
              | 'th_tin'
              | 'us_ein'
              | OtherString;
          }
          namespace ScriptAddresses {
            interface Kana {
              /**
               * City, district, suburb, town, or village.
               */
              city?: string;
              /**
               * Two-letter country code ([ISO 3166-1 alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)).
               */
              country?: string;
              /**
               * Address line 1 (e.g., street, PO Box, or company name).
               */
              line1?: string;
              /**
               * Address line 2 (e.g., apartment, suite, unit, or building).
               */
              line2?: string;
              /**
               * ZIP or postal code.
               */
              postal_code?: string;
              /**
               * State, county, province, or region.
               */
              state?: string;
              /**
               * Town or district.
               */
              town?: string;
            }
            interface Kanji {
              /**
               * City, district, suburb, town, or village.
               */
              city?: string;
              /**
               * Two-letter country code ([ISO 3166-1 alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)).
               */
              country?: string;
              /**
               * Address line 1 (e.g., street, PO Box, or company name).
               */
              line1?: string;
              /**
               * Address line 2 (e.g., apartment, suite, unit, or building).
               */
              line2?: string;
              /**
               * ZIP or postal code.
               */
              postal_code?: string;
              /**
               * State, county, province, or region.
               */
              state?: string;
              /**
               * Town or district.
               */
              town?: string;
            }
          }
          namespace ScriptNames {
            interface Kana {
              /**
               * Registered name of the business.
               */
              registered_name?: string;
            }
            interface Kanji {
              /**
               * Registered name of the business.
               */
              registered_name?: string;
            }
          }
        }
        namespace Individual {
          interface AdditionalAddress {
            /**
             * City, district, suburb, town, or village.
             */
            city?: string;
            /**
             * Two-letter country code ([ISO 3166-1 alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)).
             */
            country?: string;
            /**
             * Address line 1 (e.g., street, PO Box, or company name).
             */
            line1?: string;
            /**
             * Address line 2 (e.g., apartment, suite, unit, or building).
             */
            line2?: string;
            /**
             * ZIP or postal code.
             */
            postal_code?: string;
            /**
             * Purpose of additional address.
             */
            purpose: 'registered';
            /**
             * State, county, province, or region.
             */
            state?: string;
            /**
             * Town or district.
             */
            town?: string;
          }
          interface AdditionalName {
            /**
             * The person's full name.
             */
            full_name?: string;
            /**
             * The person's first or given name.
             */
            given_name?: string;
            /**
             * The purpose or type of the additional name.
             */
            purpose: AdditionalName.Purpose;
            /**
             * The person's last or family name.
             */
            surname?: string;
          }
          interface Address {
            /**
             * City, district, suburb, town, or village.
             */
            city?: string;
            /**
             * Two-letter country code ([ISO 3166-1 alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)).
             */
            country?: string;
            /**
             * Address line 1 (e.g., street, PO Box, or company name).
             */
            line1?: string;
            /**
             * Address line 2 (e.g., apartment, suite, unit, or building).
             */
            line2?: string;
            /**
             * ZIP or postal code.
             */
            postal_code?: string;
            /**
             * State, county, province, or region.
             */
            state?: string;
            /**
             * Town or district.
             */
            town?: string;
          }
          interface DateOfBirth {
            /**
             * The day of the birth.
             */
            day: number;
            /**
             * The month of birth.
             */
            month: number;
            /**
             * The year of birth.
             */
            year: number;
          }
          interface Documents {
            /**
             * One or more documents that demonstrate proof that this person is authorized to represent the company.
             */
            company_authorization?: Documents.CompanyAuthorization;
            /**
             * One or more documents showing the person's passport page with photo and personal data.
             */
            passport?: Documents.Passport;
            /**
             * An identifying document showing the person's name, either a passport or local ID card.
             */
            primary_verification?: Documents.PrimaryVerification;
            /**
             * A document showing address, either a passport, local ID card, or utility bill from a well-known utility company.
             */
            secondary_verification?: Documents.SecondaryVerification;
            /**
             * One or more documents showing the person's visa required for living in the country where they are residing.
             */
            visa?: Documents.Visa;
          }
          interface IdNumber {
            /**
             * The ID number type of an individual.
             */
            type: IdNumber.Type;
            /**
             * The value of the ID number.
             */
            value: string;
          }
          type LegalGender = 'female' | 'male' | OtherString;
          type PoliticalExposure = 'existing' | 'none' | OtherString;
          interface Relationship {
            /**
             * Whether the person is a director of the account's identity. Directors are typically members of the governing board of the company, or responsible for ensuring the company meets its regulatory obligations.
             */
            director?: boolean;
            /**
             * Whether the person has significant responsibility to control, manage, or direct the organization.
             */
            executive?: boolean;
            /**
             * Whether the person is an owner of the account's identity.
             */
            owner?: boolean;
            /**
             * The percent owned by the person of the account's legal entity.
             */
            percent_ownership?: Decimal;
            /**
             * The person's title (e.g., CEO, Support Engineer).
             */
            title?: string;
          }
          interface ScriptAddresses {
            /**
             * Kana Address.
             */
            kana?: ScriptAddresses.Kana;
            /**
             * Kanji Address.
             */
            kanji?: ScriptAddresses.Kanji;
          }
          interface ScriptNames {
            /**
             * Persons name in kana script.
             */
            kana?: ScriptNames.Kana;
            /**
             * Persons name in kanji script.
             */
            kanji?: ScriptNames.Kanji;
          }
          namespace AdditionalName {
            type Purpose = 'alias' | 'maiden';
          }
          namespace Documents {
            interface CompanyAuthorization {
              /**
               * One or more document IDs returned by a [file upload](https://docs.stripe.com/api/files/create) with a purpose value of `account_requirement`.
               */
              files: Array<string>;
              /**
               * The format of the document. Currently supports `files` only.
               */
              type: CompanyAuthorization.Type;
            }
            interface Passport {
              /**
               * One or more document IDs returned by a [file upload](https://docs.stripe.com/api/files/create) with a purpose value of `account_requirement`.
               */
              files: Array<string>;
              /**
               * The format of the document. Currently supports `files` only.
               */
              type: Passport.Type;
            }
            interface PrimaryVerification {
              /**
               * The [file upload](https://docs.stripe.com/api/files/create) tokens referring to each side of the document.
               */
              front_back: PrimaryVerification.FrontBack;
              /**
               * The format of the verification document. Currently supports `front_back` only.
               */
              type: PrimaryVerification.Type;
            }
            interface SecondaryVerification {
              /**
               * The [file upload](https://docs.stripe.com/api/files/create) tokens referring to each side of the document.
               */
              front_back: SecondaryVerification.FrontBack;
              /**
               * The format of the verification document. Currently supports `front_back` only.
               */
              type: SecondaryVerification.Type;
            }
            interface Visa {
              /**
               * One or more document IDs returned by a [file upload](https://docs.stripe.com/api/files/create) with a purpose value of `account_requirement`.
               */
              files: Array<string>;
              /**
               * The format of the document. Currently supports `files` only.
               */
              type: Visa.Type;
            }
            namespace CompanyAuthorization {
              type Type = 'files' | OtherString;
            }
            namespace Passport {
              type Type = 'files' | OtherString;
            }
            namespace PrimaryVerification {
              interface FrontBack {
                /**
                 * A [file upload](https://docs.stripe.com/api/files/create) token representing the back of the verification document. The purpose of the uploaded file should be 'identity_document'. The uploaded file needs to be a color image (smaller than 8,000px by 8,000px), in JPG, PNG, or PDF format, and less than 10 MB in size.
                 */
                back?: string;
                /**
                 * A [file upload](https://docs.stripe.com/api/files/create) token representing the front of the verification document. The purpose of the uploaded file should be 'identity_document'. The uploaded file needs to be a color image (smaller than 8,000px by 8,000px), in JPG, PNG, or PDF format, and less than 10 MB in size.
                 */
                front?: string;
              }
              type Type = 'front_back' | OtherString;
            }
            namespace SecondaryVerification {
              interface FrontBack {
                /**
                 * A [file upload](https://docs.stripe.com/api/files/create) token representing the back of the verification document. The purpose of the uploaded file should be 'identity_document'. The uploaded file needs to be a color image (smaller than 8,000px by 8,000px), in JPG, PNG, or PDF format, and less than 10 MB in size.
                 */
                back?: string;
                /**
                 * A [file upload](https://docs.stripe.com/api/files/create) token representing the front of the verification document. The purpose of the uploaded file should be 'identity_document'. The uploaded file needs to be a color image (smaller than 8,000px by 8,000px), in JPG, PNG, or PDF format, and less than 10 MB in size.
                 */
                front?: string;
              }
              type Type = 'front_back' | OtherString;
            }
            namespace Visa {
              type Type = 'files' | OtherString;
            }
          }
          namespace IdNumber {
            type Type =
              | 'ae_eid'
              | 'ao_nif'
              | 'ar_cuil'
              | 'ar_dni'
              | 'at_stn'
              | 'az_tin'
              | 'bd_brc'
              | 'bd_etin'
              | 'bd_nid'
              | 'be_nrn'
              | 'bg_ucn'
              | 'bn_nric'
              | 'br_cpf'
              | 'ca_sin'
              | 'ch_oasi'
              | 'cl_rut'
              | 'cn_pp'
              | 'co_nuip'
              | 'cr_ci'
              | 'cr_cpf'
              | 'cr_dimex'
              | 'cr_nite'
              | 'cy_tic'
              | 'cz_rc'
              | 'de_stn'
              | 'dk_cpr'
              | 'do_cie'
              | 'do_rcn'
              | 'ec_ci'
              | 'ee_ik'
              | 'es_nif'
              | 'fi_hetu'
              | 'fr_nir'
              | 'gb_nino'
              | 'gr_afm'
              | 'gt_nit'
              | 'hk_id'
              | 'hr_oib'
              | 'hu_ad'
              | 'id_nik'
              | 'ie_ppsn'
              | 'is_kt'
              | 'it_cf'
              | 'jp_inc'
              | 'ke_pin'
              | 'kz_iin'
              | 'li_peid'
              | 'lt_ak'
              | 'lu_nif'
              | 'lv_pk'
              | 'mx_rfc'
              | 'my_nric'
              | 'mz_nuit'
              | 'ng_nin'
              | 'nl_bsn'
              | 'no_nin'
              | 'nz_ird'
              | 'pe_dni'
              | 'pk_cnic'
              | 'pk_snic'
              | 'pl_pesel'
              | 'pt_nif'
              | 'ro_cnp'
              | 'sa_tin'
              | 'se_pin'
              | 'sg_fin'
              | 'sg_nric'
              | 'sk_dic'
              | 'th_lc'
              | 'th_pin'
              | 'tr_tin'
              | 'us_itin'
              | 'us_itin_last_4'
              | 'us_ssn'
              | 'us_ssn_last_4'
              | 'uy_dni'
              | 'za_id'
              | OtherString;
          }
          namespace ScriptAddresses {
            interface Kana {
              /**
               * City, district, suburb, town, or village.
               */
              city?: string;
              /**
               * Two-letter country code ([ISO 3166-1 alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)).
               */
              country?: string;
              /**
               * Address line 1 (e.g., street, PO Box, or company name).
               */
              line1?: string;
              /**
               * Address line 2 (e.g., apartment, suite, unit, or building).
               */
              line2?: string;
              /**
               * ZIP or postal code.
               */
              postal_code?: string;
              /**
               * State, county, province, or region.
               */
              state?: string;
              /**
               * Town or district.
               */
              town?: string;
            }
            interface Kanji {
              /**
               * City, district, suburb, town, or village.
               */
              city?: string;
              /**
               * Two-letter country code ([ISO 3166-1 alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)).
               */
              country?: string;
              /**
               * Address line 1 (e.g., street, PO Box, or company name).
               */
              line1?: string;
              /**
               * Address line 2 (e.g., apartment, suite, unit, or building).
               */
              line2?: string;
              /**
               * ZIP or postal code.
               */
              postal_code?: string;
              /**
               * State, county, province, or region.
               */
              state?: string;
              /**
               * Town or district.
               */
              town?: string;
            }
          }
          namespace ScriptNames {
            interface Kana {
              /**
               * The person's first or given name.
               */
              given_name?: string;
              /**
               * The person's last or family name.
               */
              surname?: string;
            }
            interface Kanji {
              /**
               * The person's first or given name.
               */
              given_name?: string;
              /**
               * The person's last or family name.
               */
              surname?: string;
            }
          }
        }
      }
    }
    namespace Accounts {
      interface PersonTokenCreateParams {
        /**
         * Additional addresses associated with the person.
         */
        additional_addresses?: Array<PersonTokenCreateParams.AdditionalAddress>;
        /**
         * Additional names (e.g. aliases) associated with the person.
         */
        additional_names?: Array<PersonTokenCreateParams.AdditionalName>;
        /**
         * Attestations of accepted terms of service agreements.
         */
        additional_terms_of_service?: PersonTokenCreateParams.AdditionalTermsOfService;
        /**
         * The person's residential address.
         */
        address?: PersonTokenCreateParams.Address;
        /**
         * The person's date of birth.
         */
        date_of_birth?: PersonTokenCreateParams.DateOfBirth;
        /**
         * Documents that may be submitted to satisfy various informational requests.
         */
        documents?: PersonTokenCreateParams.Documents;
        /**
         * Email.
         */
        email?: string;
        /**
         * The person's first name.
         */
        given_name?: string;
        /**
         * The identification numbers (e.g., SSN) associated with the person.
         */
        id_numbers?: Array<PersonTokenCreateParams.IdNumber>;
        /**
         * The person's gender (International regulations require either "male" or "female").
         */
        legal_gender?: PersonTokenCreateParams.LegalGender;
        /**
         * Set of key-value pairs that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
         */
        metadata?: MetadataParam;
        /**
         * The nationalities (countries) this person is associated with.
         */
        nationalities?: Array<string>;
        /**
         * The phone number for this person.
         */
        phone?: string;
        /**
         * The person's political exposure.
         */
        political_exposure?: PersonTokenCreateParams.PoliticalExposure;
        /**
         * The relationship that this person has with the Account's business or legal entity.
         */
        relationship?: PersonTokenCreateParams.Relationship;
        /**
         * The script addresses (e.g., non-Latin characters) associated with the person.
         */
        script_addresses?: PersonTokenCreateParams.ScriptAddresses;
        /**
         * The script names (e.g. non-Latin characters) associated with the person.
         */
        script_names?: PersonTokenCreateParams.ScriptNames;
        /**
         * The person's last name.
         */
        surname?: string;
      }
      namespace PersonTokenCreateParams {
        interface AdditionalAddress {
          /**
           * City, district, suburb, town, or village.
           */
          city?: string;
          /**
           * Two-letter country code ([ISO 3166-1 alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)).
           */
          country?: string;
          /**
           * Address line 1 (e.g., street, PO Box, or company name).
           */
          line1?: string;
          /**
           * Address line 2 (e.g., apartment, suite, unit, or building).
           */
          line2?: string;
          /**
           * ZIP or postal code.
           */
          postal_code?: string;
          /**
           * Purpose of additional address.
           */
          purpose: 'registered';
          /**
           * State, county, province, or region.
           */
          state?: string;
          /**
           * Town or district.
           */
          town?: string;
        }
        interface AdditionalName {
          /**
           * The person's full name.
           */
          full_name?: string;
          /**
           * The person's first or given name.
           */
          given_name?: string;
          /**
           * The purpose or type of the additional name.
           */
          purpose: AdditionalName.Purpose;
          /**
           * The person's last or family name.
           */
          surname?: string;
        }
        interface AdditionalTermsOfService {
          /**
           * Details on the Person's acceptance of the [Stripe Services Agreement]; IP, date, and User Agent are expanded by Stripe.
           */
          account?: AdditionalTermsOfService.Account;
        }
        interface Address {
          /**
           * City, district, suburb, town, or village.
           */
          city?: string;
          /**
           * Two-letter country code ([ISO 3166-1 alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)).
           */
          country?: string;
          /**
           * Address line 1 (e.g., street, PO Box, or company name).
           */
          line1?: string;
          /**
           * Address line 2 (e.g., apartment, suite, unit, or building).
           */
          line2?: string;
          /**
           * ZIP or postal code.
           */
          postal_code?: string;
          /**
           * State, county, province, or region.
           */
          state?: string;
          /**
           * Town or district.
           */
          town?: string;
        }
        interface DateOfBirth {
          /**
           * The day of the birth.
           */
          day: number;
          /**
           * The month of birth.
           */
          month: number;
          /**
           * The year of birth.
           */
          year: number;
        }
        interface Documents {
          /**
           * One or more documents that demonstrate proof that this person is authorized to represent the company.
           */
          company_authorization?: Documents.CompanyAuthorization;
          /**
           * One or more documents showing the person's passport page with photo and personal data.
           */
          passport?: Documents.Passport;
          /**
           * An identifying document showing the person's name, either a passport or local ID card.
           */
          primary_verification?: Documents.PrimaryVerification;
          /**
           * A document showing address, either a passport, local ID card, or utility bill from a well-known utility company.
           */
          secondary_verification?: Documents.SecondaryVerification;
          /**
           * One or more documents showing the person's visa required for living in the country where they are residing.
           */
          visa?: Documents.Visa;
        }
        interface IdNumber {
          /**
           * The ID number type of an individual.
           */
          type: IdNumber.Type;
          /**
           * The value of the ID number.
           */
          value: string;
        }
        type LegalGender = 'female' | 'male' | OtherString;
        type PoliticalExposure = 'existing' | 'none' | OtherString;
        interface Relationship {
          /**
           * Whether the individual is an authorizer of the Account's identity.
           */
          authorizer?: boolean;
          /**
           * Indicates whether the person is a director of the associated legal entity.
           */
          director?: boolean;
          /**
           * Indicates whether the person is an executive of the associated legal entity.
           */
          executive?: boolean;
          /**
           * Indicates whether the person is a legal guardian of the associated legal entity.
           */
          legal_guardian?: boolean;
          /**
           * Indicates whether the person is an owner of the associated legal entity.
           */
          owner?: boolean;
          /**
           * The percentage of ownership the person has in the associated legal entity.
           */
          percent_ownership?: Decimal;
          /**
           * Indicates whether the person is a representative of the associated legal entity.
           */
          representative?: boolean;
          /**
           * The title or position the person holds in the associated legal entity.
           */
          title?: string;
        }
        interface ScriptAddresses {
          /**
           * Kana Address.
           */
          kana?: ScriptAddresses.Kana;
          /**
           * Kanji Address.
           */
          kanji?: ScriptAddresses.Kanji;
        }
        interface ScriptNames {
          /**
           * Persons name in kana script.
           */
          kana?: ScriptNames.Kana;
          /**
           * Persons name in kanji script.
           */
          kanji?: ScriptNames.Kanji;
        }
        namespace AdditionalName {
          type Purpose = 'alias' | 'maiden';
        }
        namespace AdditionalTermsOfService {
          interface Account {
            /**
             * The boolean value indicating if the terms of service have been accepted.
             */
            shown_and_accepted?: boolean;
          }
        }
        namespace Documents {
          interface CompanyAuthorization {
            /**
             * One or more document IDs returned by a [file upload](https://docs.stripe.com/api/files/create) with a purpose value of `account_requirement`.
             */
            files: Array<string>;
            /**
             * The format of the document. Currently supports `files` only.
             */
            type: CompanyAuthorization.Type;
          }
          interface Passport {
            /**
             * One or more document IDs returned by a [file upload](https://docs.stripe.com/api/files/create) with a purpose value of `account_requirement`.
             */
            files: Array<string>;
            /**
             * The format of the document. Currently supports `files` only.
             */
            type: Passport.Type;
          }
          interface PrimaryVerification {
            /**
             * The [file upload](https://docs.stripe.com/api/files/create) tokens referring to each side of the document.
             */
            front_back: PrimaryVerification.FrontBack;
            /**
             * The format of the verification document. Currently supports `front_back` only.
             */
            type: PrimaryVerification.Type;
          }
          interface SecondaryVerification {
            /**
             * The [file upload](https://docs.stripe.com/api/files/create) tokens referring to each side of the document.
             */
            front_back: SecondaryVerification.FrontBack;
            /**
             * The format of the verification document. Currently supports `front_back` only.
             */
            type: SecondaryVerification.Type;
          }
          interface Visa {
            /**
             * One or more document IDs returned by a [file upload](https://docs.stripe.com/api/files/create) with a purpose value of `account_requirement`.
             */
            files: Array<string>;
            /**
             * The format of the document. Currently supports `files` only.
             */
            type: Visa.Type;
          }
          namespace CompanyAuthorization {
            type Type = 'files' | OtherString;
          }
          namespace Passport {
            type Type = 'files' | OtherString;
          }
          namespace PrimaryVerification {
            interface FrontBack {
              /**
               * A [file upload](https://docs.stripe.com/api/files/create) token representing the back of the verification document. The purpose of the uploaded file should be 'identity_document'. The uploaded file needs to be a color image (smaller than 8,000px by 8,000px), in JPG, PNG, or PDF format, and less than 10 MB in size.
               */
              back?: string;
              /**
               * A [file upload](https://docs.stripe.com/api/files/create) token representing the front of the verification document. The purpose of the uploaded file should be 'identity_document'. The uploaded file needs to be a color image (smaller than 8,000px by 8,000px), in JPG, PNG, or PDF format, and less than 10 MB in size.
               */
              front?: string;
            }
            type Type = 'front_back' | OtherString;
          }
          namespace SecondaryVerification {
            interface FrontBack {
              /**
               * A [file upload](https://docs.stripe.com/api/files/create) token representing the back of the verification document. The purpose of the uploaded file should be 'identity_document'. The uploaded file needs to be a color image (smaller than 8,000px by 8,000px), in JPG, PNG, or PDF format, and less than 10 MB in size.
               */
              back?: string;
              /**
               * A [file upload](https://docs.stripe.com/api/files/create) token representing the front of the verification document. The purpose of the uploaded file should be 'identity_document'. The uploaded file needs to be a color image (smaller than 8,000px by 8,000px), in JPG, PNG, or PDF format, and less than 10 MB in size.
               */
              front?: string;
            }
            type Type = 'front_back' | OtherString;
          }
          namespace Visa {
            type Type = 'files' | OtherString;
          }
        }
        namespace IdNumber {
          type Type =
            | 'ae_eid'
            | 'ao_nif'
            | 'ar_cuil'
            | 'ar_dni'
            | 'at_stn'
            | 'az_tin'
            | 'bd_brc'
            | 'bd_etin'
            | 'bd_nid'
            | 'be_nrn'
            | 'bg_ucn'
            | 'bn_nric'
            | 'br_cpf'
            | 'ca_sin'
            | 'ch_oasi'
            | 'cl_rut'
            | 'cn_pp'
            | 'co_nuip'
            | 'cr_ci'
            | 'cr_cpf'
            | 'cr_dimex'
            | 'cr_nite'
            | 'cy_tic'
            | 'cz_rc'
            | 'de_stn'
            | 'dk_cpr'
            | 'do_cie'
            | 'do_rcn'
            | 'ec_ci'
            | 'ee_ik'
            | 'es_nif'
            | 'fi_hetu'
            | 'fr_nir'
            | 'gb_nino'
            | 'gr_afm'
            | 'gt_nit'
            | 'hk_id'
            | 'hr_oib'
            | 'hu_ad'
            | 'id_nik'
            | 'ie_ppsn'
            | 'is_kt'
            | 'it_cf'
            | 'jp_inc'
            | 'ke_pin'
            | 'kz_iin'
            | 'li_peid'
            | 'lt_ak'
            | 'lu_nif'
            | 'lv_pk'
            | 'mx_rfc'
            | 'my_nric'
            | 'mz_nuit'
            | 'ng_nin'
            | 'nl_bsn'
            | 'no_nin'
            | 'nz_ird'
            | 'pe_dni'
            | 'pk_cnic'
            | 'pk_snic'
            | 'pl_pesel'
            | 'pt_nif'
            | 'ro_cnp'
            | 'sa_tin'
            | 'se_pin'
            | 'sg_fin'
            | 'sg_nric'
            | 'sk_dic'
            | 'th_lc'
            | 'th_pin'
            | 'tr_tin'
            | 'us_itin'
            | 'us_itin_last_4'
            | 'us_ssn'
            | 'us_ssn_last_4'
            | 'uy_dni'
            | 'za_id'
            | OtherString;
        }
        namespace ScriptAddresses {
          interface Kana {
            /**
             * City, district, suburb, town, or village.
             */
            city?: string;
            /**
             * Two-letter country code ([ISO 3166-1 alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)).
             */
            country?: string;
            /**
             * Address line 1 (e.g., street, PO Box, or company name).
             */
            line1?: string;
            /**
             * Address line 2 (e.g., apartment, suite, unit, or building).
             */
            line2?: string;
            /**
             * ZIP or postal code.
             */
            postal_code?: string;
            /**
             * State, county, province, or region.
             */
            state?: string;
            /**
             * Town or district.
             */
            town?: string;
          }
          interface Kanji {
            /**
             * City, district, suburb, town, or village.
             */
            city?: string;
            /**
             * Two-letter country code ([ISO 3166-1 alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)).
             */
            country?: string;
            /**
             * Address line 1 (e.g., street, PO Box, or company name).
             */
            line1?: string;
            /**
             * Address line 2 (e.g., apartment, suite, unit, or building).
             */
            line2?: string;
            /**
             * ZIP or postal code.
             */
            postal_code?: string;
            /**
             * State, county, province, or region.
             */
            state?: string;
            /**
             * Town or district.
             */
            town?: string;
          }
        }
        namespace ScriptNames {
          interface Kana {
            /**
             * The person's first or given name.
             */
            given_name?: string;
            /**
             * The person's last or family name.
             */
            surname?: string;
          }
          interface Kanji {
            /**
             * The person's first or given name.
             */
            given_name?: string;
            /**
             * The person's last or family name.
             */
            surname?: string;
          }
        }
      }
    }
  }
}
