<?php
/**
 * Signed SES notifications through the real webhook change the contact's row
 * as the product brief says: hard → bounced; soft → count, bounced at the threshold;
 * delivery resets the count; complaint → complained; never moved back.
 */

declare(strict_types=1);

namespace QuillCRM\E2E\Tests;

use QuillCRM\E2E\SesPayload;
use QuillCRM\E2E\Site;

final class ContactStatusTest extends E2eTestCase {

	public function testHardBounceMarksTheContactBounced(): void {
		$email = $this->new_contact( 'hard' );

		$r = $this->site->deliver( $this->notification( SesPayload::permanent_bounce( $email ) ) );

		$this->assertAnswer( 200, $r, 'bounce' );
		$this->assertContactState( $email, 'bounced', 0 );
		$this->assertNotNull( $this->site->contact( $email )['last_bounce_at'], 'last_bounce_at is set' );
	}

	public function testHardBounceWithSignatureVersion2MarksTheContactBounced(): void {
		$email = $this->new_contact( 'hard-sv2' );

		$r = $this->site->deliver( $this->notification( SesPayload::permanent_bounce( $email ), self::TOPIC, '2' ) );

		$this->assertAnswer( 200, $r, 'bounce' );
		$this->assertContactState( $email, 'bounced', 0 );
	}

	public function testThreeSoftBouncesMarkTheContactBounced(): void {
		$email = $this->new_contact( 'soft3' );

		foreach ( array( 1, 2 ) as $n ) {
			$r = $this->site->deliver( $this->notification( SesPayload::transient_bounce( $email ) ) );
			$this->assertAnswer( 200, $r, 'bounce' );
			$this->assertContactState( $email, 'subscribed', $n, "after soft bounce $n" );
		}
		$r = $this->site->deliver( $this->notification( SesPayload::expired_bounce( $email ) ) );

		$this->assertAnswer( 200, $r, 'bounce' );
		$this->assertContactState( $email, 'bounced', 3, 'after the third soft bounce (threshold 3)' );
	}

	public function testASoftBounceOfAContactWhoseCountIsInTheMillionsBouncesItWithoutExhaustingMemory(): void {
		// A count the CRM holds (an import, another plugin): past the threshold it decides as the threshold.
		$email = $this->new_contact( 'count-millions', 'subscribed', 3_000_000 );

		$r = $this->site->deliver( $this->notification( SesPayload::transient_bounce( $email ) ) );

		$this->assertAnswer( 200, $r, 'bounce' );
		$this->assertContactState( $email, 'bounced', 4, 'the threshold of old ones and this one' );
	}

	public function testDeliveryBetweenSoftBouncesResetsTheCount(): void {
		$email = $this->new_contact( 'soft-delivery' );

		$answers = array(
			$this->site->deliver( $this->notification( SesPayload::transient_bounce( $email ) ) ),
			$this->site->deliver( $this->notification( SesPayload::delivery( $email ) ) ),
			$this->site->deliver( $this->notification( SesPayload::transient_bounce( $email ) ) ),
			$this->site->deliver( $this->notification( SesPayload::transient_bounce( $email ) ) ),
		);

		foreach ( array( 'bounce', 'delivery', 'bounce', 'bounce' ) as $i => $outcome ) {
			$this->assertAnswer( 200, $answers[ $i ], $outcome, null, "delivery #$i" );
		}
		$this->assertContactState( $email, 'subscribed', 2, 'soft, delivery, soft, soft: two consecutive soft bounces' );
	}

	public function testUndeterminedBounceCountsAsSoft(): void {
		$email = $this->new_contact( 'undetermined' );

		$r = $this->site->deliver( $this->notification( SesPayload::undetermined_bounce( $email ) ) );

		$this->assertAnswer( 200, $r, 'bounce' );
		$this->assertContactState( $email, 'subscribed', 1 );
	}

	public function testComplaintMarksTheContactComplained(): void {
		$email = $this->new_contact( 'complaint' );

		$r = $this->site->deliver( $this->notification( SesPayload::complaint( $email ) ) );

		$this->assertAnswer( 200, $r, 'complaint' );
		$this->assertContactState( $email, 'complained', 0 );
	}

	public function testBouncedContactIsNotMovedBackByALaterDelivery(): void {
		$email = $this->new_contact( 'stays-bounced' );
		$this->assertAnswer( 200, $this->site->deliver( $this->notification( SesPayload::permanent_bounce( $email ) ) ), 'bounce' );

		$this->assertAnswer( 200, $this->site->deliver( $this->notification( SesPayload::delivery( $email ) ) ), 'delivery' );

		$this->assertSame( 'bounced', $this->site->contact( $email )['status'] );
	}

	public function testComplainedContactIsNotMovedBackByALaterDelivery(): void {
		$email = $this->new_contact( 'stays-complained' );
		$this->assertAnswer( 200, $this->site->deliver( $this->notification( SesPayload::complaint( $email ) ) ), 'complaint' );

		$this->assertAnswer( 200, $this->site->deliver( $this->notification( SesPayload::delivery( $email ) ) ), 'delivery' );

		$this->assertSame( 'complained', $this->site->contact( $email )['status'] );
	}

	public function testBouncedAddressMatchesTheContactWhateverItsCaseAndDisplayName(): void {
		$email = 'Mixed.Case-' . bin2hex( random_bytes( 4 ) ) . '@Example.test';
		$this->site->seed_contact( $email );

		$r = $this->site->deliver( $this->notification( SesPayload::permanent_bounce( 'Mixed Case <' . strtoupper( $email ) . '>' ) ) );

		$this->assertAnswer( 200, $r, 'bounce' );
		$this->assertContactState( $email, 'bounced', 0 );
	}

	public function testBounceForAnUnknownAddressIsLoggedAndCreatesNoContact(): void {
		$email    = Site::unique_email( 'nobody' );
		$envelope = $this->notification( SesPayload::permanent_bounce( $email ) );

		$r = $this->site->deliver( $envelope );

		$this->assertAnswer( 200, $r, 'bounce' );
		$this->assertNull( $this->site->contact( $email ), 'no contact is created for an unknown address' );
		$events = $this->site->events_for( $envelope['MessageId'] );
		$this->assertCount( 1, $events, 'the delivery is logged' );
		$recipients = json_decode( (string) $events[0]['recipients'], true );
		$this->assertSame( $email, $recipients[0]['email'] ?? null );
		$this->assertSame( 'no_contact', $recipients[0]['result'] ?? null );
	}

	public function testEveryHandledDeliveryIsLoggedWithItsOutcome(): void {
		$email    = $this->new_contact( 'logged' );
		$envelope = $this->notification( SesPayload::permanent_bounce( $email ) );

		$this->assertAnswer( 200, $this->site->deliver( $envelope ), 'bounce' );

		$events = $this->site->events_for( $envelope['MessageId'] );
		$this->assertCount( 1, $events, 'one event row for the delivery' );
		$this->assertSame( 'bounce', $events[0]['outcome'] );
		$this->assertSame( 200, (int) $events[0]['http_status'] );
		$this->assertSame( self::TOPIC, $events[0]['topic_arn'] );
		$this->assertStringContainsString( $email, (string) $events[0]['addresses'] );
	}
}
