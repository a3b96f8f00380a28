<?php
/**
 * quillcrm_sns_is_topic_arn(): the extension's own TopicArn rule, for the
 * plugin's settings (the rule itself is tested in src/topic_arn.rs).
 */

declare(strict_types=1);

namespace QuillCRM\Tests\Sns;

final class TopicArnCheckTest extends ExtensionTestCase {
	public function testAcceptsStandardChinaGovCloudAndFifoTopics(): void {
		foreach ( array(
			'arn:aws:sns:us-east-1:123456789012:ses-bounces',
			'arn:aws-cn:sns:cn-north-1:123456789012:bounces',
			'arn:aws-us-gov:sns:us-gov-west-1:123456789012:bounces',
			'arn:aws:sns:eu-west-1:123456789012:bounces.fifo',
		) as $arn ) {
			$this->assertTrue( quillcrm_sns_is_topic_arn( $arn ), $arn );
		}
	}

	public function testRefusesSubscriptionArnsTyposAndWrongPartitions(): void {
		foreach ( array(
			'arn:aws:sns:us-east-1:123456789012:ses-bounces:0f1e2d3c-aaaa-bbbb-cccc-1234567890ab',
			'arn:aws:sqs:us-east-1:123456789012:ses-bounces',
			'arn:aws:sns:cn-north-1:123456789012:bounces',
			'arn:aws:sns:us-east-1:12345678901:ses-bounces',
			" arn:aws:sns:us-east-1:123456789012:ses-bounces",
			"arn:aws:sns:us-east-1:123456789012:b\xC3\xA9",
			"arn:aws:sns:us-east-1:123456789012:\xff",
			'',
		) as $arn ) {
			$this->assertFalse( quillcrm_sns_is_topic_arn( $arn ), $arn );
		}
	}

	public function testANonStringIsATypeError(): void {
		$this->expectException( \TypeError::class );
		$this->expectExceptionMessage( 'quillcrm_sns_is_topic_arn(): Argument #1 ($arn) must be of type string, int given' );
		quillcrm_sns_is_topic_arn( 42 );
	}
}
