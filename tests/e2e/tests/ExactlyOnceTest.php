<?php
/**
 * Exactly once: SNS redelivers (same MessageId) and SES can publish the same
 * feedback through two topics (same feedbackId); each counts once.
 */

declare(strict_types=1);

namespace QuillCRM\E2E\Tests;

use QuillCRM\E2E\SesPayload;
use QuillCRM\E2E\Site;

final class ExactlyOnceTest extends E2eTestCase {

	public function testDuplicateMessageIdAnswers200AndChangesNothing(): void {
		$email    = $this->new_contact( 'dup-message' );
		$envelope = $this->notification( SesPayload::transient_bounce( $email ) );

		$first  = $this->site->deliver( $envelope );
		$second = $this->site->deliver( $envelope );

		$this->assertAnswer( 200, $first, 'bounce' );
		$this->assertSame( 200, $second['status'], 'a redelivered MessageId is acknowledged: ' . $second['body'] );
		$this->assertContactState( $email, 'subscribed', 1, 'the redelivery is not counted again' );
	}

	public function testAServerWithAStatementBasedBinaryLogStillAppliesEachDeliveryOnce(): void {
		// Such a server refuses writes under READ COMMITTED (error 1665): the
		// plugin's transaction runs again under the server's default.
		$this->site->set_option( 'e2e_statement_binlog', '1' );
		try {
			$email    = $this->new_contact( 'statement-binlog' );
			$envelope = $this->notification( SesPayload::transient_bounce( $email ) );

			$first  = $this->site->deliver( $envelope );
			$second = $this->site->deliver( $envelope );
		} finally {
			$this->site->exec( 'DELETE FROM ' . $this->site->table( 'options' ) . " WHERE option_name = 'e2e_statement_binlog'" );
		}

		$this->assertAnswer( 200, $first, 'bounce' );
		$this->assertSame( 'duplicate', $second['json']['outcome'] ?? null, $second['body'] );
		$this->assertContactState( $email, 'subscribed', 1 );
	}

	public function testSameFeedbackIdThroughTwoTopicsCountsOnce(): void {
		$this->site->set_option( Site::TOPICS_OPTION, array( self::TOPIC, self::SECOND_TOPIC ) );
		$email = $this->new_contact( 'two-topics' );
		$ses   = SesPayload::transient_bounce( $email );

		$first  = $this->site->deliver( $this->notification( $ses, self::TOPIC ) );
		$second = $this->site->deliver( $this->notification( $ses, self::SECOND_TOPIC ) );

		$this->assertAnswer( 200, $first, 'bounce' );
		$this->assertSame( 200, $second['status'], 'the copy from the second (accepted) topic is acknowledged: ' . $second['body'] );
		$this->assertContactState( $email, 'subscribed', 1, 'one SES feedbackId counts once' );
	}

	public function testDifferentFeedbackIdsThroughTwoTopicsBothCount(): void {
		$this->site->set_option( Site::TOPICS_OPTION, array( self::TOPIC, self::SECOND_TOPIC ) );
		$email = $this->new_contact( 'two-feedbacks' );

		$this->assertAnswer( 200, $this->site->deliver( $this->notification( SesPayload::transient_bounce( $email ), self::TOPIC ) ), 'bounce' );
		$this->assertAnswer( 200, $this->site->deliver( $this->notification( SesPayload::transient_bounce( $email ), self::SECOND_TOPIC ) ), 'bounce' );

		$this->assertContactState( $email, 'subscribed', 2 );
	}
}
