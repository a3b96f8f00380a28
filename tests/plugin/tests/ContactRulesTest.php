<?php
/**
 * ContactRules::decide(): what one recipient's event does to a contact.
 */

declare(strict_types=1);

namespace QuillCRM\Tests\Plugin;

use PHPUnit\Framework\TestCase;
use QuillCRM\Bounce\ContactRules;

final class ContactRulesTest extends TestCase {
	private const NOW = 1_800_000_000;
	private const DAY = 86400;

	/** A contact; `$soft` lists the send times of its counted soft bounces. */
	private static function contact( string $status = 'subscribed', array $soft = array(), ?int $last_delivery = null, ?int $count = null ): array {
		return array(
			'status'                => $status,
			'soft_bounce_count'     => $count ?? count( $soft ),
			'soft_sent_at'          => $soft,
			'last_delivery_sent_at' => $last_delivery,
		);
	}

	private static function decide( array $contact, string $effect, int $sent_at = self::NOW, array $settings = array() ): array {
		return ContactRules::decide(
			$contact,
			array(
				'effect'  => $effect,
				'sent_at' => $sent_at,
				'reason'  => 'Type/SubType',
			),
			$settings + array(
				'threshold'        => 3,
				'window_days'      => 0,
				'now'              => self::NOW,
				'complaint_action' => 'complained',
			)
		);
	}

	public function testHardMarksASubscribedContactBouncedAtOnceWithItsReason(): void {
		$decision = self::decide( self::contact(), 'hard' );

		$this->assertSame( array( 'hard_bounced', 'bounced', 'Type/SubType', array( 'hard_bounced' ) ), array( $decision['result'], $decision['status'], $decision['bounce_reason'], $decision['actions'] ) );
	}

	public function testSoftBelowTheThresholdCountsOne(): void {
		$decision = self::decide( self::contact( 'subscribed', array( self::NOW - 60 ) ), 'soft' );

		$this->assertSame( array( 'soft_bounced', 'subscribed', 2, array( 'soft_bounced' ) ), array( $decision['result'], $decision['status'], $decision['soft_bounce_count'], $decision['actions'] ) );
		$this->assertSame( array( self::NOW - 60, self::NOW ), $decision['soft_sent_at'] );
	}

	public function testSoftReachingTheThresholdMarksBouncedBySoftBounces(): void {
		$decision = self::decide( self::contact( 'subscribed', array( self::NOW - 120, self::NOW - 60 ) ), 'soft' );

		$this->assertSame( array( 'soft_converted_to_hard', 'bounced', 3, 'soft_threshold' ), array( $decision['result'], $decision['status'], $decision['soft_bounce_count'], $decision['bounce_reason'] ) );
		$this->assertSame( array( 'soft_bounced', 'soft_converted_to_hard' ), $decision['actions'] );
	}

	public function testASoftBounceOfAMailSentBeforeTheLastDeliveredOneDoesNotCount(): void {
		$decision = self::decide( self::contact( 'subscribed', array(), self::NOW - 60 ), 'soft', self::NOW - 3600 );

		$this->assertSame( array( 'superseded', 0 ), array( $decision['result'], $decision['soft_bounce_count'] ) );
	}

	public function testADeliveryResetsTheSoftBouncesOfEarlierMails(): void {
		$decision = self::decide( self::contact( 'subscribed', array( self::NOW - 120, self::NOW - 60 ) ), 'delivery', self::NOW - 30 );

		$this->assertSame( array( 'soft_count_reset', 0, self::NOW - 30 ), array( $decision['result'], $decision['soft_bounce_count'], $decision['last_delivery_sent_at'] ) );
	}

	public function testADeliveryOfAMailSentBeforeTheNewestSoftBounceKeepsTheLaterOnes(): void {
		$decision = self::decide( self::contact( 'subscribed', array( self::NOW - 120, self::NOW - 60 ) ), 'delivery', self::NOW - 90 );

		$this->assertSame( array( 'soft_count_reduced', 1, array( self::NOW - 60 ) ), array( $decision['result'], $decision['soft_bounce_count'], $decision['soft_sent_at'] ) );
	}

	public function testADeliveryOfAMailSentBeforeEveryCountedSoftBounceChangesNothing(): void {
		$decision = self::decide( self::contact( 'subscribed', array( self::NOW - 60 ) ), 'delivery', self::NOW - 3600 );

		$this->assertSame( array( 'unchanged', 1 ), array( $decision['result'], $decision['soft_bounce_count'] ) );
	}

	public function testADeliveryOlderThanOneAlreadySeenChangesNothing(): void {
		$contact  = self::contact( 'subscribed', array(), self::NOW - 60 );
		$decision = self::decide( $contact, 'delivery', self::NOW - 3600 );

		$this->assertSame( array( 'unchanged', self::NOW - 60 ), array( $decision['result'], $decision['last_delivery_sent_at'] ) );
	}

	public function testWithAWindowOnlySoftBouncesOfRecentMailsCount(): void {
		$old      = array( self::NOW - 10 * self::DAY, self::NOW - 9 * self::DAY );
		$decision = self::decide( self::contact( 'subscribed', $old ), 'soft', self::NOW, array( 'window_days' => 7 ) );

		$this->assertSame( array( 'soft_bounced', 1, array( self::NOW ) ), array( $decision['result'], $decision['soft_bounce_count'], $decision['soft_sent_at'] ) );
	}

	public function testWithoutAWindowOldSoftBouncesStillCount(): void {
		$old = array( self::NOW - 400 * self::DAY, self::NOW - 300 * self::DAY );

		$this->assertSame( 'soft_converted_to_hard', self::decide( self::contact( 'subscribed', $old ), 'soft' )['result'] );
	}

	public function testACountFromBeforeSendTimesWereKeptStillCounts(): void {
		$decision = self::decide( self::contact( 'subscribed', array(), null, 2 ), 'soft' );

		$this->assertSame( array( 'soft_converted_to_hard', 3 ), array( $decision['result'], $decision['soft_bounce_count'] ) );
	}

	public function testACountTheCrmResetCountsFromTheNextSoftBounceOnly(): void {
		$decision = self::decide( self::contact( 'subscribed', array( self::NOW - 120, self::NOW - 60 ), null, 0 ), 'soft' );

		$this->assertSame( array( 'soft_bounced', 'subscribed', 1 ), array( $decision['result'], $decision['status'], $decision['soft_bounce_count'] ) );
		$this->assertSame( array( self::NOW ), $decision['soft_sent_at'] );
	}

	public function testACountTheCrmLoweredKeepsTheNewestSendTimes(): void {
		$decision = self::decide( self::contact( 'subscribed', array( self::NOW - 120, self::NOW - 60 ), null, 1 ), 'soft' );

		$this->assertSame( array( self::NOW - 60, self::NOW ), $decision['soft_sent_at'] );
	}

	public function testACountFarAboveTheThresholdDecidesAsTheThresholdAndKeepsOnlyThatMany(): void {
		$decision = self::decide( self::contact( 'subscribed', array(), null, 5_000_000 ), 'soft' );

		$this->assertSame( array( 'soft_converted_to_hard', 'bounced' ), array( $decision['result'], $decision['status'] ) );
		$this->assertSame( array( 0, 0, 0, self::NOW ), $decision['soft_sent_at'], 'the threshold\'s worth of old ones, then this one' );
	}

	public function testAnyDeliveryEndsACountFromBeforeSendTimesWereKept(): void {
		$this->assertSame( 'soft_count_reset', self::decide( self::contact( 'subscribed', array(), null, 2 ), 'delivery', self::NOW - 3600 )['result'] );
	}

	public function testAnEventThePolicyDoesNotCountChangesNothing(): void {
		$decision = self::decide( self::contact( 'subscribed', array( self::NOW - 60 ) ), 'none' );

		$this->assertSame( array( 'not_counted', 'subscribed', 1, array() ), array( $decision['result'], $decision['status'], $decision['soft_bounce_count'], $decision['actions'] ) );
	}

	public function testAComplaintMarksComplained(): void {
		$decision = self::decide( self::contact(), 'complaint' );

		$this->assertSame( array( 'complained', 'complained', array( 'complained' ) ), array( $decision['result'], $decision['status'], $decision['actions'] ) );
	}

	public function testAComplaintTurnsBouncedIntoComplained(): void {
		$this->assertSame( 'complained', self::decide( self::contact( 'bounced' ), 'complaint' )['status'] );
	}

	public function testAComplaintUnsubscribesWhenTheSiteSaysSo(): void {
		$decision = self::decide( self::contact(), 'complaint', self::NOW, array( 'complaint_action' => 'unsubscribed' ) );

		$this->assertSame( array( 'unsubscribed', 'unsubscribed', array( 'unsubscribed' ) ), array( $decision['result'], $decision['status'], $decision['actions'] ) );
	}

	public function testUnsubscribingLeavesABouncedContactBounced(): void {
		$this->assertSame( 'unchanged', self::decide( self::contact( 'bounced' ), 'complaint', self::NOW, array( 'complaint_action' => 'unsubscribed' ) )['result'] );
	}

	public function testNothingMovesASuppressedContactBack(): void {
		foreach ( array( 'bounced', 'complained' ) as $status ) {
			foreach ( array( 'hard', 'soft', 'delivery' ) as $effect ) {
				$decision = self::decide( self::contact( $status, array( self::NOW - 60, self::NOW - 30 ) ), $effect );
				$this->assertSame( array( 'unchanged', $status, 2, array() ), array( $decision['result'], $decision['status'], $decision['soft_bounce_count'], $decision['actions'] ), "$effect on a $status contact" );
			}
		}
		$this->assertSame( 'unchanged', self::decide( self::contact( 'complained' ), 'complaint' )['result'] );
	}

	public function testASoftBounceOfAMailSentBeforeTheWindowDoesNotCount(): void {
		$contact  = self::contact( 'subscribed', array( self::NOW - 7200, self::NOW - 3600 ) );
		$decision = self::decide( $contact, 'soft', self::NOW - 10 * self::DAY, array( 'window_days' => 7 ) );

		$this->assertSame( array( 'outside_window', 'subscribed', 2 ), array( $decision['result'], $decision['status'], $decision['soft_bounce_count'] ) );
	}

	public function testABounceOfAMailSentBeforeTheContactWasUnBouncedDoesNotCount(): void {
		$contact = array( 'reactivated_at' => self::NOW - 60 ) + self::contact();

		$decision = self::decide( $contact, 'hard', self::NOW - 120 );

		$this->assertSame( array( 'before_reactivation', 'subscribed', array() ), array( $decision['result'], $decision['status'], $decision['actions'] ) );
	}

	public function testABounceOfAMailSentAfterTheContactWasUnBouncedApplies(): void {
		$contact = array( 'reactivated_at' => self::NOW - 60 ) + self::contact();

		$this->assertSame( 'bounced', self::decide( $contact, 'hard', self::NOW - 30 )['status'] );
	}

	public function testMarkingAContactBouncedKeepsTheStatusItHadBefore(): void {
		$decision = self::decide( self::contact( 'unsubscribed' ), 'hard' );

		$this->assertSame( array( 'bounced', 'unsubscribed' ), array( $decision['status'], $decision['status_before'] ) );
	}

	public function testAContactTheCrmMovedBackKeepsNoStatusFromBefore(): void {
		$contact = array( 'status_before' => 'unsubscribed' ) + self::contact( 'subscribed' );

		$this->assertNull( self::decide( $contact, 'delivery' )['status_before'] );
	}

	public function testAComplaintAboutABouncedContactKeepsTheStatusFromBeforeTheBounce(): void {
		$contact = array( 'status_before' => 'pending' ) + self::contact( 'bounced' );

		$decision = self::decide( $contact, 'complaint' );

		$this->assertSame( array( 'complained', 'pending' ), array( $decision['status'], $decision['status_before'] ) );
	}
}
