<?php
/**
 * Which contact an event applies to: only the one whose address is the
 * event's, byte for byte once ASCII letters are folded (never one the
 * database collation merely finds alike), and only an address the mail was
 * sent to.
 */

declare(strict_types=1);

namespace QuillCRM\E2E\Tests;

use QuillCRM\E2E\SesPayload;
use QuillCRM\E2E\Site;

final class WhichContactTest extends E2eTestCase {

	/** A fresh contact whose address starts with $local (a letter the test varies). */
	private function contact_starting( string $local ): string {
		$email = $local . '-' . bin2hex( random_bytes( 4 ) ) . '@quillcrm-e2e.example';
		$this->site->seed_contact( $email );
		return $email;
	}

	/** Bounces $bounced (mail sent to $bounced) and returns the log's recipient row. */
	private function hard_bounce_of( string $bounced ): array {
		$envelope = $this->notification( SesPayload::permanent_bounce( $bounced ) );
		$r        = $this->site->deliver( $envelope );
		$this->assertAnswer( 200, $r, 'bounce' );
		return $this->site->logged_recipients( $envelope['MessageId'] )[0];
	}

	public function testABounceForAnAccentedAddressLeavesTheUnaccentedContactAlone(): void {
		$john   = $this->contact_starting( 'john' );
		$bounce = $this->hard_bounce_of( str_replace( 'john', "j\u{F6}hn", $john ) );

		$this->assertSame( 'no_contact', $bounce['result'] );
		$this->assertContactState( $john, 'subscribed', 0, 'jöhn is not john' );
	}

	public function testTheKelvinSignIsNotTheLetterK(): void {
		$kate   = $this->contact_starting( 'kate' );
		$bounce = $this->hard_bounce_of( "\u{212A}" . substr( $kate, 1 ) );

		$this->assertSame( 'no_contact', $bounce['result'] );
		$this->assertContactState( $kate, 'subscribed', 0, 'U+212A KELVIN SIGN is not k' );
	}

	public function testADottedCapitalIIsNotTheLetterI(): void {
		$ivan   = $this->contact_starting( 'ivan' );
		$bounce = $this->hard_bounce_of( "\u{130}" . substr( $ivan, 1 ) );

		$this->assertSame( 'no_contact', $bounce['result'] );
		$this->assertContactState( $ivan, 'subscribed', 0, 'U+0130 is not i' );
	}

	public function testAContactStoredInMixedCaseIsFound(): void {
		$stored = 'Mixed.Case-' . bin2hex( random_bytes( 4 ) ) . '@Quillcrm-E2E.Example';
		$this->site->seed_contact( $stored );

		$bounce = $this->hard_bounce_of( strtoupper( $stored ) );

		$this->assertSame( 'hard_bounced', $bounce['result'] );
		$this->assertContactState( $stored, 'bounced', 0 );
	}

	public function testABounceOfTheAsciiFormOfADomainMarksTheContactSavedWithItsUnicodeForm(): void {
		// SES takes internationalized domains only as xn-- labels, so it reports them so.
		$local  = 'anna-' . bin2hex( random_bytes( 4 ) );
		$stored = $local . "@b\u{FC}cher.example";
		$this->site->seed_contact( $stored );

		$bounce = $this->hard_bounce_of( $local . '@xn--bcher-kva.example' );

		$this->assertSame( 'hard_bounced', $bounce['result'] );
		$this->assertContactState( $stored, 'bounced', 0 );
		$history = $this->site->rows( 'SELECT address FROM ' . $this->site->table( 'quillcrm_bounce_recipient_events' ) . ' WHERE contact_id = ?', array( $this->site->contact( $stored )['id'] ) );
		$this->assertSame( array( $stored ), array_column( $history, 'address' ), 'the history is under the contact\'s own address' );
	}

	public function testABounceOfTheAsciiFormMarksTheContactSavedWithACapitalLetterInItsUnicodeDomain(): void {
		// Domains know no case (the xn-- form is of the lower-cased label);
		// German nouns are capitalised, so a typed "Ärzte.example" is plausible.
		$local  = 'anna-' . bin2hex( random_bytes( 4 ) );
		$stored = $local . "@\u{C4}rzte.example";
		$this->site->seed_contact( $stored );

		$bounce = $this->hard_bounce_of( $local . '@xn--rzte-koa.example' );

		$this->assertSame( 'hard_bounced', $bounce['result'] );
		$this->assertContactState( $stored, 'bounced', 0 );
	}

	public function testABounceOfTheAsciiFormDoesNotMarkAContactWhoseLocalPartDiffersInTheCaseOfALetterBeyondAscii(): void {
		// The local part is the mailbox's own: beyond ASCII letters, only
		// the domain's case is folded (Ö is not ö before the @).
		$local  = 'anna-' . bin2hex( random_bytes( 4 ) );
		$stored = "J\u{D6}hn-$local@\u{C4}rzte.example";
		$this->site->seed_contact( $stored );

		$bounce = $this->hard_bounce_of( "j\u{F6}hn-$local@xn--rzte-koa.example" );

		$this->assertSame( 'no_contact', $bounce['result'] );
		$this->assertContactState( $stored, 'subscribed', 0 );
	}

	public function testAContactWhoseUnicodeDomainFitsTheColumnIsFoundWhenItsAsciiFormIsLonger(): void {
		// 64 + 1 + 3 labels of 15 CJK characters + ".jp": 115 characters; as xn-- labels, 208.
		$label   = "\u{65E5}\u{672C}\u{8A9E}\u{30C9}\u{30E1}\u{30A4}\u{30F3}\u{540D}\u{524D}\u{7A7A}\u{9593}\u{306E}\u{30C6}\u{30B9}\u{30C8}";
		$local   = substr( 'long-' . bin2hex( random_bytes( 8 ) ) . str_repeat( 'a', 64 ), 0, 64 );
		$unicode = $local . '@' . implode( '.', array( $label, $label, $label ) ) . '.jp';
		$ascii   = $local . '@' . implode( '.', array_fill( 0, 3, 'xn--u9jwfqc7blb2oufs513a8wds65dehd156fvh6bmm8a' ) ) . '.jp';
		$this->assertSame( array( 115, 208 ), array( mb_strlen( $unicode ), strlen( $ascii ) ) );
		$this->site->seed_contact( $unicode );

		$this->assertSame( 'hard_bounced', $this->hard_bounce_of( $ascii )['result'] );
		$this->assertContactState( $unicode, 'bounced', 0 );
	}

	public function testAnAsciiContactOfAnEmojiDomainIsFoundOnAContactsTableInUtf8mb3(): void {
		// utf8mb3 cannot hold the Unicode form (4-byte U+1F4A9); wpdb would refuse a query holding it.
		$contacts  = $this->site->table( 'quillcrm_contacts' );
		$collation = (string) $this->site->rows( 'SELECT COLLATION_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND COLUMN_NAME = ?', array( $contacts, 'email' ) )[0]['COLLATION_NAME'];
		$email     = 'emoji-' . bin2hex( random_bytes( 4 ) ) . '@xn--ls8h.example';
		$this->site->seed_contact( $email );
		$this->site->exec( "ALTER TABLE $contacts MODIFY email varchar(191) CHARACTER SET utf8mb3 COLLATE " . str_replace( 'utf8mb4', 'utf8mb3', $collation ) . ' NOT NULL' );
		try {
			$bounce = $this->hard_bounce_of( $email );
		} finally {
			$this->site->exec( "ALTER TABLE $contacts MODIFY email varchar(191) CHARACTER SET utf8mb4 COLLATE $collation NOT NULL" );
		}

		$this->assertSame( 'hard_bounced', $bounce['result'] );
		$this->assertContactState( $email, 'bounced', 0 );
	}

	public function testWhenBothFormsOfADomainAreContactsTheExactOneIsMarked(): void {
		$local   = 'bert-' . bin2hex( random_bytes( 4 ) );
		$ascii   = $local . '@xn--bcher-kva.example';
		$unicode = $local . "@b\u{FC}cher.example";
		$this->site->seed_contact( $ascii );
		$this->site->seed_contact( $unicode );

		$this->hard_bounce_of( $ascii );

		$this->assertContactState( $ascii, 'bounced', 0 );
		$this->assertContactState( $unicode, 'subscribed', 0 );
	}

	public function testABounceNamingSomeoneTheMailWasNotSentToChangesNothing(): void {
		$victim   = $this->new_contact( 'not-a-recipient' );
		$payload  = SesPayload::with_mail( SesPayload::permanent_bounce( $victim ), 'destination', array( Site::unique_email( 'real-a' ), Site::unique_email( 'real-b' ) ) );
		$envelope = $this->notification( $payload );

		$r = $this->site->deliver( $envelope );

		$this->assertAnswer( 200, $r, 'bounce' );
		$this->assertSame( 'not_a_recipient', $this->site->logged_recipients( $envelope['MessageId'] )[0]['result'] );
		$this->assertContactState( $victim, 'subscribed', 0 );
	}

	public function testABounceOfAMailSentToOneForwardedAddressMarksThatAddress(): void {
		$alias    = $this->new_contact( 'forwarded-alias' );
		$payload  = SesPayload::with_mail( SesPayload::permanent_bounce( 'final-mailbox@forward.example' ), 'destination', array( $alias ) );
		$envelope = $this->notification( $payload );

		$r = $this->site->deliver( $envelope );

		$this->assertAnswer( 200, $r, 'bounce' );
		$this->assertContactState( $alias, 'bounced', 0, 'the one address the mail was sent to' );
	}

	public function testTwoBouncedAddressesOfOneForwardedMailCountAsOneSoftBounce(): void {
		$alias    = $this->new_contact( 'forwarded-twice' );
		$payload  = SesPayload::bounce( 'Transient', 'General', array( 'one@forward.example', 'two@forward.example' ), '4.2.2', 'smtp; 452 4.2.2 mailbox full' );
		$envelope = $this->notification( SesPayload::with_mail( $payload, 'destination', array( $alias ) ) );

		$r = $this->site->deliver( $envelope );

		$this->assertAnswer( 200, $r, 'bounce' );
		$this->assertContactState( $alias, 'subscribed', 1, 'one mail, one soft bounce' );
		$this->assertSame( array( 'soft_bounced', 'duplicate' ), array_column( $this->site->logged_recipients( $envelope['MessageId'] ), 'result' ) );
	}

	public function testAForwardedMailThatBouncesInThreeNotificationsCountsAsOneSoftBounce(): void {
		$alias = $this->new_contact( 'forwarded-thrice' );
		$mail  = SesPayload::with_mail( SesPayload::bounce( 'Transient', 'General', 'one@forward.example', '4.2.2', 'smtp; 452 4.2.2 mailbox full' ), 'destination', array( $alias ) );

		foreach ( array( 'one' => 'bounce', 'two' => 'duplicate', 'three' => 'duplicate' ) as $mailbox => $outcome ) {
			// The same mail (messageId, timestamp); each mailbox's own feedbackId.
			$payload                                         = json_decode( $mail, true );
			$payload['bounce']['feedbackId']                 = bin2hex( random_bytes( 8 ) );
			$payload['bounce']['bouncedRecipients'][0]['emailAddress'] = "$mailbox@forward.example";
			$this->assertAnswer( 200, $this->site->deliver( $this->notification( (string) json_encode( $payload ) ) ), $outcome );
		}

		$this->assertContactState( $alias, 'subscribed', 1, 'one mail, one soft bounce' );
	}

	public function testADeliveryListingAnAddressTwiceIsOneSend(): void {
		$email   = $this->new_contact( 'delivered-twice' );
		$payload = json_decode( SesPayload::delivery( $email ), true );
		$payload['delivery']['recipients'] = array( $email, strtoupper( $email ) );

		$r = $this->site->deliver( $this->notification( (string) json_encode( $payload ) ) );

		$this->assertAnswer( 200, $r, 'delivery' );
		$rows = $this->site->rows( 'SELECT id FROM ' . $this->site->table( 'quillcrm_bounce_recipient_events' ) . ' WHERE contact_id = ?', array( $this->site->contact( $email )['id'] ) );
		$this->assertCount( 1, $rows );
	}

	public function testOneDeliveryArrivingInTwoSnsMessagesIsOneSend(): void {
		// SES publishes one event to two topics the site accepts (the
		// identity's notifications and a configuration set's destination).
		$email   = $this->new_contact( 'delivered-by-two-topics' );
		$payload = SesPayload::delivery( $email );

		$this->assertAnswer( 200, $this->site->deliver( $this->notification( $payload ) ), 'delivery' );
		$this->assertAnswer( 200, $this->site->deliver( $this->notification( $payload ) ), 'duplicate' );

		$rows = $this->site->rows( 'SELECT id FROM ' . $this->site->table( 'quillcrm_bounce_recipient_events' ) . ' WHERE contact_id = ?', array( $this->site->contact( $email )['id'] ) );
		$this->assertCount( 1, $rows );
	}

	public function testAnAddressLongerThanTheContactsColumnIsNoContactAndTheOtherRecipientIsApplied(): void {
		$known    = $this->new_contact( 'beside-a-long-one' );
		$long     = str_repeat( 'l', 200 ) . '@quillcrm-e2e.example';
		$envelope = $this->notification( SesPayload::bounce( 'Permanent', 'General', array( $long, $known ), '5.1.1', 'smtp; 550 5.1.1 user unknown' ) );

		$r = $this->site->deliver( $envelope );

		$this->assertAnswer( 200, $r, 'bounce' );
		$results = array_column( $this->site->logged_recipients( $envelope['MessageId'] ), 'result', 'email' );
		$this->assertSame( 'no_contact', $results[ $long ] ?? null );
		$this->assertContactState( $known, 'bounced', 0 );
	}

	public function testALongAddressIsNeverCreatedAsATruncatedContactEvenWhenUnknownAddressesAreCreated(): void {
		$mu_plugin = $this->site->stack['wp_dir'] . '/wp-content/mu-plugins/e2e-create-unknown.php';
		file_put_contents( $mu_plugin, "<?php\nadd_filter( 'quillcrm_bounce_create_unknown_contacts', '__return_true' );\n" );
		$local = 'long-' . bin2hex( random_bytes( 4 ) ) . '-' . str_repeat( 'l', 200 );
		$known = $this->new_contact( 'beside-a-long-unknown' );
		try {
			$r = $this->site->deliver( $this->notification( SesPayload::bounce( 'Permanent', 'General', array( $local . '@quillcrm-e2e.example', $known ), '5.1.1', 'smtp; 550 5.1.1 user unknown' ) ) );
		} finally {
			unlink( $mu_plugin );
		}

		$this->assertAnswer( 200, $r, 'bounce', null, 'one address too long for the column must not block the other' );
		$truncated = $this->site->rows( 'SELECT email FROM ' . $this->site->table( Site::CONTACTS_TABLE ) . ' WHERE email LIKE ?', array( substr( $local, 0, 20 ) . '%' ) );
		$this->assertSame( array(), $truncated, 'no contact was created under a cut-off address' );
		$this->assertContactState( $known, 'bounced', 0 );
	}
}
